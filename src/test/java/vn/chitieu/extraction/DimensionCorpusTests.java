package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.comparator.Comparators;
import vn.chitieu.extraction.numeral.Numerals;
import vn.chitieu.extraction.period.PeriodMention;
import vn.chitieu.extraction.period.Periods;
import vn.chitieu.extraction.quantity.Quantities;

/**
 * Duckling-style corpus tests: each phrase of {@code extraction/<dimension>.tsv} must give exactly
 * one parse covering the whole phrase with the expected value; no phrase of
 * {@code <dimension>.negative.txt} may give such a parse.
 */
class DimensionCorpusTests {

    /** A whole-phrase parse: where it starts and ends, and its value written as in the corpus. */
    record Parse(int start, int end, String value) {}

    static final List<String> DIMENSIONS = List.of("numeral", "quantity", "comparator", "period");

    static List<Parse> parse(String dimension, String folded) {
        Function<String, List<Parse>> parser = switch (dimension) {
            case "numeral" -> t -> Numerals.find(t).stream()
                    .map(n -> new Parse(n.start(), n.end(), plain(n.value()))).toList();
            case "quantity" -> t -> Quantities.find(t).stream()
                    .filter(q -> !q.isRange() && q.unit() != null)
                    .map(q -> new Parse(q.start(), q.end(),
                            plain(q.value()) + "|" + nullToEmpty(q.unit()) + "|" + nullToEmpty(q.per())))
                    .toList();
            case "comparator" -> t -> Comparators.find(t).stream()
                    .map(c -> new Parse(c.start(), c.end(), c.comparator() + "|" + plain(c.quantity().value())
                            + (c.quantity().isRange() ? "-" + plain(c.quantity().valueMax()) : "") + "|"
                            + nullToEmpty(c.quantity().unit())))
                    .toList();
            case "period" -> t -> Periods.find(t).stream().map(p -> new Parse(p.start(), p.end(), period(p))).toList();
            default -> throw new IllegalArgumentException(dimension);
        };
        return parser.apply(folded);
    }

    static Stream<Arguments> positives() throws IOException {
        return DIMENSIONS.stream().flatMap(d -> lines(d + ".tsv").stream().map(line -> {
            String[] parts = line.split("\t", 2);
            return Arguments.of(d, parts[0], parts[1]);
        }));
    }

    static Stream<Arguments> negatives() throws IOException {
        return DIMENSIONS.stream().flatMap(d -> lines(d + ".negative.txt").stream().map(line -> Arguments.of(d, line)));
    }

    @ParameterizedTest(name = "{0}: {2} → {1}")
    @MethodSource("positives")
    void readsEveryPhrasingAsOneWholeParse(String dimension, String expected, String phrase) {
        String folded = VietnameseText.fold(VietnameseText.nfc(phrase));
        List<Parse> parses = parse(dimension, folded);
        assertThat(parses).as("parses of '%s'", phrase).hasSize(1);
        Parse only = parses.get(0);
        assertThat(only.start()).as("start").isZero();
        assertThat(only.end()).as("end").isEqualTo(folded.length());
        assertThat(only.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} must not parse: {1}")
    @MethodSource("negatives")
    void refusesPhrasesThatAreNotOneEntity(String dimension, String phrase) {
        String folded = VietnameseText.fold(VietnameseText.nfc(phrase));
        assertThat(parse(dimension, folded))
                .as("whole-phrase parses of '%s'", phrase)
                .noneMatch(p -> p.start() == 0 && p.end() == folded.length());
    }

    private static String period(PeriodMention p) {
        return switch (p.role()) {
            case YEAR -> "year=" + p.year();
            case DEADLINE -> "deadline=" + p.date();
            case BASELINE -> "baseline=" + p.year();
            case PLAN -> "plan=" + p.planKind() + ":" + p.planStart() + ":" + p.planEnd();
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static List<String> lines(String name) {
        try (InputStream in = DimensionCorpusTests.class.getResourceAsStream("/extraction/" + name)) {
            assertThat(in).as("corpus file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

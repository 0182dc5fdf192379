package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.metadata.MetadataReader;
import vn.chitieu.extraction.structure.Headings;
import vn.chitieu.extraction.structure.Marker;

/**
 * Corpus tests for the two dimensions that read a whole paragraph rather than a span in it:
 * {@code extraction/structure.tsv} (a paragraph's numbering marker and what a heading announces) and
 * {@code extraction/metadata.tsv} (the fields one header or closing line gives). Each phrase must read
 * exactly as expected; no phrase of the {@code .negative.txt} files may read as anything.
 */
class LineCorpusTests {

    static Stream<Arguments> positives() {
        return Stream.of("structure", "metadata").flatMap(d -> DimensionCorpusTests.lines(d + ".tsv").stream().map(line -> {
            String[] parts = line.split("\t", 2);
            return Arguments.of(d, parts[0], parts[1]);
        }));
    }

    static Stream<Arguments> negatives() {
        return Stream.of("structure", "metadata")
                .flatMap(d -> DimensionCorpusTests.lines(d + ".negative.txt").stream().map(line -> Arguments.of(d, line)));
    }

    @ParameterizedTest(name = "{0}: {2} → {1}")
    @MethodSource("positives")
    void readsEveryLineAsExpected(String dimension, String expected, String phrase) {
        String text = VietnameseText.nfc(phrase);
        assertThat(read(dimension, text)).as("reading of '%s'", phrase).isEqualTo(expected);
        if (dimension.equals("structure")) {
            Marker marker = Marker.of(text);
            String body = text.substring(marker.bodyStart());
            assertThat(body).as("body after the marker of '%s'", phrase)
                    .isNotBlank()
                    .doesNotStartWith(" ").doesNotStartWith(".").doesNotStartWith(")").doesNotStartWith(":");
        }
    }

    @ParameterizedTest(name = "{0} must read as nothing: {1}")
    @MethodSource("negatives")
    void refusesLinesThatAreNoEntity(String dimension, String phrase) {
        assertThat(read(dimension, VietnameseText.nfc(phrase))).as("reading of '%s'", phrase).isEmpty();
    }

    static String read(String dimension, String text) {
        return switch (dimension) {
            case "structure" -> structure(text);
            case "metadata" -> metadata(text);
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    /**
     * "KIND REF" for a marker, then what the text after it announces. A numbered heading (Roman,
     * decimal, letter) is asked everything; a bullet or an unmarked paragraph only whether it names a
     * group, as {@code Outline} asks bullets; an item "(1)" or an article is asked nothing.
     */
    static String structure(String text) {
        Marker marker = Marker.of(text);
        String body = VietnameseText.fold(text).substring(marker.bodyStart());
        String role = switch (marker.kind()) {
            case ROMAN, DECIMAL, LETTER -> headingRole(body);
            case BULLET, NONE -> Headings.isGroupHeading(body) ? "group=" + Headings.groupOf(body) : null;
            case PAREN, ARTICLE -> null;
        };
        List<String> parts = new ArrayList<>();
        if (marker.kind() != Marker.Kind.NONE) {
            parts.add(marker.kind() + " " + marker.ref());
        }
        if (role != null) {
            parts.add(role);
        }
        return String.join(" ", parts);
    }

    /** Asked in the order {@code Outline} asks: a tasks heading first, a group before the indicators. */
    private static String headingRole(String body) {
        boolean tasks = Headings.isTasksHeading(body);
        boolean objectives = Headings.isObjectivesHeading(body);
        boolean indicators = Headings.isIndicatorsHeading(body);
        if (tasks && !objectives && !indicators) {
            return "tasks";
        }
        if (objectives && indicators) {
            return "objectives+indicators";
        }
        if (Headings.isGroupHeading(body)) {
            return "group=" + Headings.groupOf(body);
        }
        return indicators ? "indicators" : objectives ? "objectives" : null;
    }

    /** The fields the line gives, in a fixed order, joined by ";": "number=null" for a blank number. */
    static String metadata(String text) {
        MetadataReader.LineReading r = MetadataReader.readLine(text);
        List<String> parts = new ArrayList<>();
        if (r.numbered()) parts.add("number=" + r.number());
        if (r.issuer() != null) parts.add("issuer=" + r.issuer());
        if (r.term() != null) parts.add("term=" + r.term());
        if (r.session() != null) parts.add("session=" + r.session());
        if (r.place() != null) parts.add("place=" + r.place());
        if (r.signedOn() != null) parts.add("signedOn=" + r.signedOn());
        if (r.adoptedOn() != null) parts.add("adoptedOn=" + r.adoptedOn());
        return String.join(";", parts);
    }
}

package vn.chitieu.extraction.numeral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Vietnamese numbers: "3.865,28" (dot thousands, decimal comma), "02", "8.8" typed the
 * English way, "1,5 tỷ", and numbers in words ("hai trăm năm mươi"). Works on folded text.
 */
public final class Numerals {
    static final String DOT_THOUSANDS = "integer with dot thousands separator";
    static final String DECIMAL_COMMA = "decimal with comma";
    static final String DECIMAL_POINT = "decimal with point typed the English way";
    static final String PLAIN_INTEGER = "plain integer";
    /** The rule of a number written in words; a caller may treat such numbers apart. */
    public static final String WORDS = WordNumerals.RULE;
    static final String MULTIPLIER = "number times a word multiplier (nghìn, triệu, tỷ)";

    private static final Pattern DIGITS = Pattern.compile(
            "(?:(?<thousands>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?)"
                    + "|(?<comma>\\d+,\\d+)"
                    + "|(?<point>\\d+\\.\\d{1,2})"
                    + "|(?<plain>\\d+))"
                    + "(?![\\p{N}/]|[.,]\\d)");
    private static final Pattern MULTIPLIER_WORD = Pattern.compile("\\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?![\\p{L}])");

    private Numerals() {}

    /** Every number in {@code folded} text, digits and words, with multipliers ("1,5 tỷ"). */
    public static List<Numeral> find(String folded) {
        List<Numeral> found = new ArrayList<>(findDigits(folded, true));
        for (Numeral word : WordNumerals.find(folded)) {
            if (found.stream().noneMatch(d -> d.start() < word.end() && word.start() < d.end())) {
                found.add(word);
            }
        }
        found.sort(Comparator.comparingInt(Numeral::start));
        return found;
    }

    /** Numbers written in words ("hai trăm năm mươi"). */
    public static List<Numeral> findWords(String folded) {
        return WordNumerals.find(folded);
    }

    /** Numbers written in digits; with {@code multipliers}, "1,5 tỷ" is one number (1 500 000 000). */
    public static List<Numeral> findDigits(String folded, boolean multipliers) {
        List<Numeral> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(folded);
        int length = folded.length();
        for (int at = 0; at < length; at++) {
            if (!Character.isDigit(folded.charAt(at)) || (at > 0 && isGlued(folded.charAt(at - 1)))) {
                continue;
            }
            m.region(at, length);
            if (!m.lookingAt()) {
                continue;
            }
            BigDecimal value;
            String rule;
            if (m.group("thousands") != null) {
                value = new BigDecimal(m.group("thousands").replace(".", "").replace(',', '.'));
                rule = DOT_THOUSANDS;
            } else if (m.group("comma") != null) {
                value = new BigDecimal(m.group("comma").replace(',', '.'));
                rule = DECIMAL_COMMA;
            } else if (m.group("point") != null) {
                value = new BigDecimal(m.group("point"));
                rule = DECIMAL_POINT;
            } else {
                value = new BigDecimal(m.group("plain"));
                rule = PLAIN_INTEGER;
            }
            int end = m.end();
            if (multipliers) {
                Matcher mult = MULTIPLIER_WORD.matcher(folded).region(end, folded.length());
                if (mult.lookingAt()) {
                    value = value.multiply(scale(mult.group(1)));
                    end = mult.end();
                    rule = rule + " + " + MULTIPLIER;
                }
            }
            found.add(new Numeral(m.start(), end, strip(value), rule));
            at = m.end() - 1;
        }
        return found;
    }

    /** A number glued to a letter, digit or separator before it ("x2", "3.1", "16/6") is part of something else. */
    private static boolean isGlued(char before) {
        return Character.isLetterOrDigit(before) || before == '.' || before == ',' || before == '/';
    }

    static BigDecimal scale(String word) {
        return switch (word) {
            case "tỷ", "tỉ" -> BigDecimal.valueOf(1_000_000_000L);
            case "triệu" -> BigDecimal.valueOf(1_000_000L);
            default -> BigDecimal.valueOf(1_000L);
        };
    }

    static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

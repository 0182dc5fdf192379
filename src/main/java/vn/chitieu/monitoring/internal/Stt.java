package vn.chitieu.monitoring.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.Spreadsheet.Cell;

/**
 * The number column (STT) of a row: an indicator's number ("3", "03", "3.", "(3)"), one of its
 * targets ("3.2"), a group heading ("I", "II", "A"), a line under the indicator above ("-", "+",
 * "a", blank, or the indicator's number merged down over its lines), or something else.
 *
 * @param indicator the indicator's number, for {@link Kind#INDICATOR}
 * @param target the target's place in the indicator, from 1, or 0 when the number names none
 */
record Stt(Kind kind, int indicator, int target) {
    enum Kind { INDICATOR, HEADING, LINE, OTHER }

    private static final Pattern NUMBER = Pattern.compile("\\(?(\\d{1,3})(?:[.,](\\d{1,2}))?[.)]?");
    private static final Pattern ROMAN = Pattern.compile("[ivxlc]+|[a-z]", Pattern.CASE_INSENSITIVE);

    static Stt of(Cell cell) {
        if (cell.isBlank() || cell.mergedCopy()) {
            return new Stt(Kind.LINE, 0, 0);
        }
        if (cell.number() != null) {
            return number(cell.number());
        }
        String text = cell.text().strip();
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            return new Stt(Kind.INDICATOR, Integer.parseInt(number.group(1)), number.group(2) == null ? 0 : Integer.parseInt(number.group(2)));
        }
        if (text.matches("[-+*•–—]+|\\(?[a-zđ]\\)|[a-zđ]")) {
            return new Stt(Kind.LINE, 0, 0);
        }
        String bare = text.replaceAll("[.:)]$", "");
        if (ROMAN.matcher(bare).matches() && bare.equals(bare.toUpperCase(java.util.Locale.ROOT))) {
            return new Stt(Kind.HEADING, 0, 0);
        }
        return new Stt(Kind.OTHER, 0, 0);
    }

    /** A number cell: 3 is an indicator, 3.2 its second target (Excel keeps "3.10" as 3.1, the first). */
    private static Stt number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.signum() <= 0 || plain.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return new Stt(Kind.OTHER, 0, 0);
        }
        if (plain.scale() <= 0) {
            return new Stt(Kind.INDICATOR, plain.intValueExact(), 0);
        }
        String[] parts = plain.toPlainString().split("\\.");
        return parts[1].length() > 2 ? new Stt(Kind.OTHER, 0, 0) : new Stt(Kind.INDICATOR, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}

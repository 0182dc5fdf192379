package vn.chitieu.monitoring.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.plan.ResolutionProblem;

/**
 * This period's value for a target as a cell holds it: a number cell, or a number written the
 * Vietnamese way in a text cell ("1.306,5", "95,5", "42%", "-2"); for a MILESTONE a word
 * ("đạt", "x", "hoàn thành" or "chưa", "không đạt"), with the day it was done if one is written. "Ước"
 * in the cell marks an estimate. A cell formatted as a percentage holds 0,42 for 42 %: it is read
 * as 42 for a target counted in %, and refused for any other unit rather than guessed.
 */
final class ValueCell {
    private static final Pattern ESTIMATE = Pattern.compile("\\(?\\s*\\buoc\\b( tinh| dat| thuc hien| th)?\\s*\\)?");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");
    private static final Set<String> ACHIEVED = Set.of("dat", "da dat", "x", "co", "hoan thanh", "da hoan thanh", "xong", "da xong",
            "true", "v", "✓", "✔");
    private static final Set<String> NOT_ACHIEVED = Set.of("khong dat", "chua dat", "chua", "khong", "chua hoan thanh",
            "khong hoan thanh", "chua xong", "dang thuc hien", "dang trien khai", "false");

    private ValueCell() {}

    /**
     * What a cell says.
     *
     * @param value the number, or null
     * @param achieved for a MILESTONE, whether it was achieved; null when the cell gives a number
     * @param on the day it was achieved, when written
     * @param problem why the cell cannot be read, or null
     */
    record Reading(BigDecimal value, Boolean achieved, LocalDate on, boolean estimate, ResolutionProblem problem) {
        static Reading refused(String key, Object... args) {
            return new Reading(null, null, null, false, new ResolutionProblem(key, "value", args));
        }
    }

    /**
     * @param milestone whether the target is a MILESTONE (achieved or not)
     * @param takesNumber whether it takes a number (a MILESTONE only when it has a value to reach)
     * @param unit the target's unit, for a percentage
     */
    static Reading read(Cell cell, boolean milestone, boolean takesNumber, String unit) {
        if (cell.date() != null) {
            return milestone ? new Reading(null, true, cell.date(), false, null) : Reading.refused("monitor.import.problem.unreadable", cell.text());
        }
        if (cell.number() != null) {
            if (!takesNumber) {
                return Reading.refused("monitor.import.problem.milestoneWord", cell.text());
            }
            if (!cell.percent()) {
                return new Reading(cell.number(), null, null, false, null);
            }
            return Wording.isPercent(unit) ? new Reading(cell.number().movePointRight(2).stripTrailingZeros(), null, null, false, null)
                    : Reading.refused("monitor.import.problem.percentForUnit", cell.text(), unit == null ? "—" : unit);
        }
        String folded = Wording.fold(cell.text().replace('−', '-'));
        String bare = stripped(cell.text());
        boolean estimate = ESTIMATE.matcher(folded).find();
        if (milestone) {
            Reading word = word(bare, cell.text());
            if (word.problem() == null || !takesNumber) {
                return new Reading(word.value(), word.achieved(), word.on(), estimate, word.problem());
            }
        }
        boolean percent = bare.endsWith("%");
        BigDecimal value = number(percent ? bare.substring(0, bare.length() - 1).strip() : bare);
        if (value == null) {
            return Reading.refused(milestone ? "monitor.import.problem.milestoneWord" : "monitor.import.problem.unreadable", cell.text());
        }
        if (percent && !Wording.isPercent(unit)) {
            return Reading.refused("monitor.import.problem.percentForUnit", cell.text(), unit == null ? "—" : unit);
        }
        return new Reading(value, null, null, estimate, null);
    }

    /** The text without diacritics, case or an "ước" mark, spaces inside numbers taken out. */
    private static String stripped(String text) {
        String folded = vn.chitieu.document.VietnameseText.strip(text.replace('−', '-')).strip();
        folded = ESTIMATE.matcher(folded).replaceAll(" ").strip();
        return folded.replaceAll("(?<=\\d)[\\s\\u00a0\\u202f]+(?=[\\d%])", "").replaceAll("\\s+%", "%");
    }

    private static Reading word(String text, String written) {
        Matcher date = DATE.matcher(text);
        LocalDate on = null;
        String words = text;
        if (date.find()) {
            try {
                on = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)));
            } catch (DateTimeException notADay) {
                return Reading.refused("monitor.import.problem.dateUnreadable", date.group());
            }
            words = text.substring(0, date.start()) + " " + text.substring(date.end());
        }
        words = words.replaceAll("\\b(ngay|vao|luc|nam)\\b", " ").replaceAll("[^\\p{L}\\p{N}✓✔]+", " ").strip();
        if (NOT_ACHIEVED.contains(words)) {
            return new Reading(null, false, null, false, null);
        }
        if (ACHIEVED.contains(words) || words.isEmpty() && on != null) {
            return new Reading(null, true, on, false, null);
        }
        return Reading.refused("monitor.import.problem.milestoneWord", written);
    }

    /**
     * A number written the Vietnamese way ("1.306,5", "1.306", "95,5"), or with a decimal point
     * where the dot cannot group thousands ("0.425", "43.5", "1,306.5"); null when it is not one.
     */
    static BigDecimal number(String text) {
        String t = text.strip();
        boolean negative = t.startsWith("-");
        String digits = negative ? t.substring(1).strip() : t;
        String plain;
        if (INTEGER.matcher(digits).matches()) {
            plain = digits;
        } else if (GROUPED.matcher(digits).matches()) {
            plain = digits.replace(".", "").replace(',', '.');
        } else if (DECIMAL_COMMA.matcher(digits).matches()) {
            plain = digits.replace(',', '.');
        } else if (ENGLISH_GROUPED.matcher(digits).matches()) {
            plain = digits.replace(",", "");
        } else if (DECIMAL_POINT.matcher(digits).matches()) {
            plain = digits;
        } else {
            return null;
        }
        BigDecimal value = new BigDecimal(plain).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return negative ? value.negate() : value;
    }
}

package vn.chitieu.monitoring;

import java.util.List;
import vn.chitieu.plan.ResolutionProblem;

/**
 * What importing a workbook's values would do, row by row, before anything is saved.
 *
 * @param sheet the sheet the table was read from; {@code headingRow} its (last) heading row as Excel numbers it
 * @param valueHeading the heading of the column the values were read from; {@code estimates} when it says "ước"
 * @param fingerprint the versions of the values the rows would replace, as they stand now: a confirmation
 *     naming it fails if any of them changed meanwhile
 */
public record ImportPreview(String fileName, String period, String sheet, int headingRow, String valueHeading, boolean estimates,
        List<Row> rows, String fingerprint) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** What the import does with a row. */
    public enum Outcome {
        /** The target's first value for the period. */
        NEW,
        /** Replaces the value entered before ({@code current}). */
        REPLACE,
        /** The same value is already kept: nothing to write. */
        UNCHANGED,
        /** The target's row has no value. */
        EMPTY,
        /** A value no target could be found for: left out. */
        UNMATCHED,
        /** A value that cannot be kept as written: nothing is imported until it is corrected. */
        REFUSED
    }

    /**
     * A row of the sheet.
     *
     * @param row the row as Excel numbers it; {@code number}, {@code text}, {@code written}: its STT, indicator and value as written
     * @param input what would be kept for the target (the note and day entered before stay where the sheet gives none)
     * @param current the value kept now, if any
     * @param problem why the row is UNMATCHED or REFUSED
     */
    public record Row(int row, String number, String text, String written, Long targetId, Integer indicatorNo, String subject,
            ActualInput input, Outcome outcome, ActualValue current, ResolutionProblem problem) {}

    /** The rows that would be written: new values and replacements. */
    public List<Row> toWrite() {
        return rows.stream().filter(r -> r.outcome() == Outcome.NEW || r.outcome() == Outcome.REPLACE).toList();
    }

    /** Whether a row holds a value that cannot be kept as written. */
    public boolean refused() {
        return rows.stream().anyMatch(r -> r.outcome() == Outcome.REFUSED);
    }

    /** Whether confirming would write something, and nothing stands in the way. */
    public boolean ready() {
        return !refused() && !toWrite().isEmpty();
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}

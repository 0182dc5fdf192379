package vn.chitieu.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.assessment.Period;
import vn.chitieu.document.Spreadsheet;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.document.Spreadsheet.Sheet;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ImportRefused;
import vn.chitieu.monitoring.internal.TargetFinder.Found;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.Target;

/**
 * Reads a period's values from a workbook laid out like the report's indicator table ("Biểu chỉ
 * tiêu"): finds the table ({@link SheetLayout}), then takes its rows one by one, each to the target
 * it is about ({@link TargetFinder}) with the value it holds ({@link ValueCell}).
 */
public final class SheetReading {
    private SheetReading() {}

    /** What became of a row. */
    public enum Kind {
        /** A value for a target. */
        VALUE,
        /** A target's row without a value: nothing to import. */
        EMPTY,
        /** A value no target could be found for: reported and left out. */
        UNMATCHED,
        /** A value for a target that cannot be kept as written: the import waits until it is corrected. */
        REFUSED
    }

    /**
     * One row that holds a value or names a target.
     *
     * @param row the row as Excel numbers it
     * @param number, text, written the number (STT), indicator text and value cell as written
     * @param target the target found, with its {@code indicator}; null when none was
     * @param input the value read, for {@link Kind#VALUE}; its note null when the sheet gives none
     * @param problem why the row is {@link Kind#UNMATCHED} or {@link Kind#REFUSED}
     */
    public record Row(int row, String number, String text, String written, Indicator indicator, Target target, ActualInput input, Kind kind,
            ResolutionProblem problem) {}

    /**
     * @param headingRow the (last) heading row of the table, as Excel numbers it
     * @param valueHeading the heading of the column the values were read from
     * @param estimates whether that heading marks every value as an estimate ("Ước thực hiện")
     */
    public record Result(String sheet, int headingRow, String valueHeading, boolean estimates, List<Row> rows) {}

    /**
     * @throws ImportRefused when no sheet holds a table to read (no heading row, no value column, or two)
     */
    public static Result read(Spreadsheet workbook, List<Indicator> indicators, Period period) {
        SheetLayout.Result found = SheetLayout.find(workbook, period);
        if (found.layout() == null) {
            throw ImportRefused.whole(found.problem());
        }
        SheetLayout layout = found.layout();
        return new Result(layout.sheet().name(), layout.headingRow() + 1, layout.valueHeading(), layout.estimate(),
                new Rows(layout, new TargetFinder(indicators)).read());
    }

    /** The walk down the table: the indicator a line belongs to, where numbering starts again, the targets already given a value. */
    private static final class Rows {
        private final SheetLayout layout;
        private final Sheet sheet;
        private final TargetFinder finder;
        private final List<Row> rows = new ArrayList<>();
        private final Map<Long, Integer> given = new HashMap<>();
        private Indicator current;
        private int lastNumber;
        private int part;

        Rows(SheetLayout layout, TargetFinder finder) {
            this.layout = layout;
            this.sheet = layout.sheet();
            this.finder = finder;
        }

        List<Row> read() {
            for (int r = layout.firstDataRow(); r < sheet.rows().size(); r++) {
                row(r);
            }
            return rows;
        }

        private void row(int r) {
            Cell numberCell = sheet.cell(r, layout.number());
            String text = text(r, layout.indicator());
            Cell value = own(sheet.cell(r, layout.value()));
            if (numberCell.isBlank() && text.isBlank() && value.isBlank()) {
                return;
            }
            Stt stt = Stt.of(numberCell);
            switch (stt.kind()) {
                case HEADING -> {
                    current = null;
                    unmatched(r, value, new ResolutionProblem("monitor.import.problem.heading", "row", numberCell.text()));
                }
                case OTHER -> {
                    current = null;
                    unmatched(r, value, new ResolutionProblem("monitor.import.problem.numberUnreadable", "row", numberCell.text()));
                }
                case INDICATOR -> indicatorRow(r, stt, text, value);
                case LINE -> {
                    if (current == null) {
                        unmatched(r, value, new ResolutionProblem("monitor.import.problem.noNumber", "row"));
                    } else {
                        target(r, finder.target(current, 0, words(r, text), false), value);
                    }
                }
            }
        }

        private void indicatorRow(int r, Stt stt, String text, Cell value) {
            if (stt.indicator() < lastNumber || stt.indicator() == lastNumber && stt.target() == 0) {
                part++;
            }
            lastNumber = stt.indicator();
            Found<Indicator> indicator = finder.indicator(stt.indicator(), text, part);
            current = indicator.found();
            if (current == null) {
                unmatched(r, value, indicator.problem());
            } else if (!value.isBlank() || stt.target() > 0 || current.targets().size() == 1) {
                target(r, finder.target(current, stt.target(), words(r, text), true), value);
            }
        }

        private void target(int r, Found<Target> target, Cell value) {
            if (target.found() == null) {
                unmatched(r, value, target.problem());
                return;
            }
            Target t = target.found();
            if (value.isBlank()) {
                rows.add(row(r, t, null, Kind.EMPTY, null));
                return;
            }
            Integer earlier = given.putIfAbsent(t.id(), r + 1);
            if (earlier != null) {
                rows.add(row(r, t, null, Kind.REFUSED, new ResolutionProblem("monitor.import.problem.twice", "row", earlier)));
                return;
            }
            boolean milestone = t.kind() == TargetKind.MILESTONE;
            ValueCell.Reading reading = ValueCell.read(value, milestone, !milestone || t.value() != null, t.unit());
            if (reading.problem() != null) {
                rows.add(row(r, t, null, Kind.REFUSED, reading.problem()));
                return;
            }
            String note = text(r, layout.note());
            ActualInput input = new ActualInput(reading.value(), !milestone && (layout.estimate() || reading.estimate()),
                    note.isBlank() ? null : note, reading.achieved(), reading.on());
            rows.add(row(r, t, input, Kind.VALUE, null));
        }

        private void unmatched(int r, Cell value, ResolutionProblem problem) {
            if (!value.isBlank()) {
                rows.add(row(r, null, null, Kind.UNMATCHED, problem));
            }
        }

        private Row row(int r, Target target, ActualInput input, Kind kind, ResolutionProblem problem) {
            return new Row(r + 1, sheet.cell(r, layout.number()).text(), text(r, layout.indicator()), own(sheet.cell(r, layout.value())).text(),
                    target == null ? null : current, target, input, kind, problem);
        }

        private TargetFinder.RowWords words(int r, String text) {
            return new TargetFinder.RowWords(text, text(r, layout.unit()), layout.plan() < 0 ? Cell.EMPTY : sheet.cell(r, layout.plan()));
        }

        /** A column's text on the row, "" when the sheet has no such column or the cell only repeats a merged one above. */
        private String text(int r, int column) {
            return column < 0 ? "" : own(sheet.cell(r, column)).text();
        }

        /** A cell that only repeats a merged region's value counts as empty: the value is the region's first cell's. */
        private static Cell own(Cell cell) {
            return cell.mergedCopy() ? Cell.EMPTY : cell;
        }
    }
}

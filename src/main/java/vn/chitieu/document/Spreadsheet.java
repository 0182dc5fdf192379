package vn.chitieu.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A workbook's sheets as grids of cells, for reading a table laid out in Excel: each cell with the
 * text Excel shows (in Vietnamese notation, as {@link Documents} writes it) and, where it is one,
 * the number or date it holds.
 */
public record Spreadsheet(List<Sheet> sheets) {

    public Spreadsheet {
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet.
     *
     * @param rows the rows from the sheet's first, {@code rows.get(i)} being Excel's row {@code i + 1}
     * @param complete false when the sheet holds more than was read (rows or columns past the limits)
     */
    public record Sheet(String name, List<List<Cell>> rows, boolean complete) {

        public Sheet {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The cell at a row and column counted from 0; an empty cell where the sheet has none. */
        public Cell cell(int row, int column) {
            if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
                return Cell.EMPTY;
            }
            return rows.get(row).get(column);
        }

        /** The number of columns of the widest row. */
        public int width() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /**
     * A cell.
     *
     * @param text what Excel shows, on one line: "1.306,5", "42%", "30/06/2026", "Đạt"; empty when blank
     * @param number the number of a numeric cell (a formula's cached result too), as stored: 0.42 for "42%"
     * @param percent whether the number is formatted as a percentage
     * @param date the day a date-formatted cell holds
     * @param mergedCopy whether the cell lies inside a merged region and shows its first cell's value
     */
    public record Cell(String text, BigDecimal number, boolean percent, LocalDate date, boolean mergedCopy) {
        public static final Cell EMPTY = new Cell("", null, false, null, false);

        public boolean isBlank() {
            return text.isBlank();
        }
    }
}

package vn.chitieu.document;

import vn.chitieu.document.internal.XlsxGrid;

/**
 * Reads an uploaded XLSX workbook into grids of cells ({@link Spreadsheet}), with the checks every
 * upload gets: size, empty file, format by its bytes, POI's zip-bomb limits, damaged or
 * password-protected files.
 */
public final class Spreadsheets {
    /** Rows read from a sheet; a table of a commune's indicators has a few hundred at most. */
    public static final int MAX_ROWS = 5_000;
    /** Columns read from a row. */
    public static final int MAX_COLUMNS = 100;

    private Spreadsheets() {}

    public static Spreadsheet read(DocumentSource source) throws SpreadsheetUnreadable {
        return XlsxGrid.read(source, Documents.MAX_BYTES, MAX_ROWS, MAX_COLUMNS);
    }
}

package vn.chitieu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out one sheet of a report workbook from the top down: the draft mark, the lines above the
 * table, the table's header and rows, then how the sheet shows on screen and prints.
 */
final class SheetWriter {
    private static final double MARGIN_INCHES = 0.5;
    private static final double HEADER_FOOTER_INCHES = 0.3;
    /** Page numbers without words, so that the footer needs no text from the content: "2/5". */
    private static final String PAGE_NUMBERS = "&P/&N";
    /** The height of a line of 12-point text, with the spacing Excel gives it. */
    private static final float POINTS_PER_LINE = 15.75f;
    /**
     * Characters of Vietnamese text per unit of column width: a unit is the widest digit's width,
     * and most letters, even with their marks, are narrower.
     */
    private static final double CHARACTERS_PER_UNIT = 1.15;

    private final SheetStyles styles;
    private final XSSFSheet sheet;
    /** Column widths in characters of the default font. */
    private final int[] widths;
    private int next;
    private int headerRow = -1;

    SheetWriter(XSSFWorkbook workbook, SheetStyles styles, String name, int[] widths) {
        this.styles = styles;
        this.sheet = workbook.createSheet(name);
        this.widths = widths.clone();
        // the height a line of the typeface needs: left at the default, LibreOffice grows the rows as it
        // shows them but breaks the pages by the default, and prints the last rows nowhere
        sheet.setDefaultRowHeightInPoints(POINTS_PER_LINE);
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    /**
     * The draft mark, when there is one, in the sheet's first cell for the screen and in the page
     * header so that every printed page carries it.
     */
    void draft(String mark) {
        if (mark == null) {
            return;
        }
        line(mark, styles.draft, widths.length);
        // '&' starts a code in a header; doubled it prints as itself
        sheet.getHeader().setCenter("&B" + mark.replace("&", "&&"));
    }

    /** Lines each merged across the first {@code span} columns, for the heading and the title. */
    void lines(List<String> texts, CellStyle style, int span) {
        for (String text : texts) {
            line(text, style, span);
        }
    }

    void line(String text, CellStyle style, int span) {
        XSSFRow row = sheet.createRow(next++);
        text(row, 0, text, style);
        if (span > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, span - 1));
        }
        int width = 0;
        for (int column = 0; column < span; column++) {
            width += widths[column];
        }
        heighten(row, lines(text, width));
    }

    void skip() {
        next++;
    }

    /** The table's header: on screen it stays above the rows, on paper it repeats on every page. */
    void header(List<String> headings) {
        XSSFRow row = row();
        for (int column = 0; column < headings.size(); column++) {
            text(row, column, headings.get(column), styles.header);
        }
        headerRow = row.getRowNum();
        fit(row);
    }

    XSSFRow row() {
        return sheet.createRow(next++);
    }

    XSSFCell text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A value with the decimals it has; an empty framed cell when there is none. */
    void decimal(XSSFRow row, int column, BigDecimal value) {
        number(row, column, value, value == null ? null : styles.decimal(value));
    }

    /** A percentage to one decimal; an empty framed cell when there is none. */
    void percent(XSSFRow row, int column, BigDecimal value) {
        number(row, column, value, styles.percent);
    }

    XSSFCell count(XSSFRow row, int column, double value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        return cell;
    }

    private void number(XSSFRow row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            row.createCell(column).setCellStyle(styles.text);
        } else {
            count(row, column, value.doubleValue(), style);
        }
    }

    /** Empty framed cells, so that the table's grid prints whole. */
    void blank(XSSFRow row, int from, int to, CellStyle style) {
        for (int column = from; column <= to; column++) {
            row.createCell(column).setCellStyle(style);
        }
    }

    /** Merges the row's cells from one column to another; many rows may, so unchecked for overlaps. */
    void merge(XSSFRow row, int from, int to) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }

    /**
     * Makes the row as tall as its longest wrapped text. Excel does not measure rows when it opens
     * a file, so a row left at the default height would show only a wrapped text's first line.
     */
    void fit(XSSFRow row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), widths[cell.getColumnIndex()]));
            }
        }
        heighten(row, lines);
    }

    /** Freezes the header and the first columns, and sets up A4 landscape one page wide. */
    void finish(int frozenColumns) {
        if (headerRow >= 0) {
            sheet.createFreezePane(frozenColumns, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        // 0: as many pages down as the rows need
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        for (PageMargin side : List.of(PageMargin.LEFT, PageMargin.RIGHT, PageMargin.TOP, PageMargin.BOTTOM)) {
            sheet.setMargin(side, MARGIN_INCHES);
        }
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_INCHES);
        sheet.getFooter().setCenter(PAGE_NUMBERS);
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heighten(XSSFRow row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * POINTS_PER_LINE);
        }
    }

    /** How many lines the text takes in a column this wide, breaking at spaces as a viewer does. */
    private static int lines(String text, int width) {
        int usable = (int) Math.max(1, (width - 1) * CHARACTERS_PER_UNIT);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int needed = line == 0 ? word.length() : line + 1 + word.length();
                if (needed > usable && line > 0) {
                    lines++;
                    line = word.length();
                } else {
                    line = needed;
                }
            }
        }
        return lines;
    }
}

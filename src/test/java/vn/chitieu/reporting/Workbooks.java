package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written workbook back, and the checks every report sheet must pass, for the writers' tests. */
final class Workbooks {
    static final String VIETNAMESE = "[$-42A]";

    private Workbooks() {}

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the row whose first cell is the table's first heading. */
    static int headerRow(Sheet sheet, String firstHeading) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstHeading)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row starting with " + firstHeading + " in " + sheet.getSheetName());
    }

    /** The texts of the row's cells from one column to before another. */
    static List<String> texts(Row row, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (int column = from; column < to; column++) {
            texts.add(row.getCell(column).getStringCellValue());
        }
        return texts;
    }

    static XSSFFont font(XSSFCell cell) {
        return cell.getCellStyle().getFont();
    }

    /** Every text of the sheet, for looking for a word wherever it is. */
    static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /** The header and the first two columns stay in view; rows below the header scroll. */
    static void assertFrozenBelow(Sheet sheet, int headerRow) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) (headerRow + 1));
        assertThat(pane.getVerticalSplitPosition()).as("columns frozen").isEqualTo((short) 2);
    }

    /** A4 landscape, one page wide, half-inch margins, the header row on every page, page numbers in the footer. */
    static void assertPrintsOnA4(XSSFSheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(headerRow, headerRow, -1, -1));
        for (PageMargin side : List.of(PageMargin.LEFT, PageMargin.RIGHT, PageMargin.TOP, PageMargin.BOTTOM)) {
            assertThat(sheet.getMargin(side)).as(side.name()).isEqualTo(0.5);
        }
        assertThat(sheet.getFooter().getCenter()).isEqualTo("&P/&N");
    }

    /** The mark in red bold in the first cell and in bold at the centre of every printed page's header. */
    static void assertDraftMarked(XSSFSheet sheet, String mark) {
        XSSFCell first = sheet.getRow(0).getCell(0);
        assertThat(first.getStringCellValue()).isEqualTo(mark);
        assertThat(font(first).getBold()).isTrue();
        assertThat(font(first).getColor()).isEqualTo(IndexedColors.RED.getIndex());
        assertThat(sheet.getHeader().getCenter()).isEqualTo("&B" + mark);
    }

    static void assertNotMarked(XSSFSheet sheet, String mark) {
        assertThat(allTexts(sheet)).noneMatch(text -> text.contains(mark));
        assertThat(sheet.getHeader().getCenter()).isEmpty();
    }
}

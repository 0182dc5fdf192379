package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.document.Spreadsheet.Sheet;
import vn.chitieu.document.SpreadsheetUnreadable.Reason;

/** An uploaded workbook as grids of typed cells, and the files refused on the way, each with its reason. */
class SpreadsheetsTests {

    @Test
    void keepsTheTextNumberPercentageAndDateOfEachCellAndCopiesMergedValues() throws Exception {
        Sheet sheet = read(SheetBuilder.sheet("Biểu 01")
                .row("STT", "Năm 2026", null)
                .row(1, 1306.5, SheetBuilder.percent(0.425), LocalDate.of(2026, 6, 30))
                .merge("B1:C1")
                .bytes()).sheets().get(0);

        assertThat(sheet.name()).isEqualTo("Biểu 01");
        assertThat(sheet.complete()).isTrue();
        assertThat(sheet.cell(0, 2)).isEqualTo(new Cell("Năm 2026", null, false, null, true));
        assertThat(sheet.cell(1, 1).text()).isEqualTo("1.306,5");
        assertThat(sheet.cell(1, 1).number()).isEqualByComparingTo("1306.5");
        assertThat(sheet.cell(1, 2)).isEqualTo(new Cell("42,5%", new BigDecimal("0.425"), true, null, false));
        assertThat(sheet.cell(1, 3).date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(sheet.cell(7, 7)).isEqualTo(Cell.EMPTY);
    }

    @Test
    void saysASheetIsIncompleteWhenItHasMoreRowsThanAreRead() {
        SheetBuilder builder = SheetBuilder.sheet("Dài");
        builder.skip(Spreadsheets.MAX_ROWS).row("quá xa");

        Sheet sheet = read(builder.bytes()).sheets().get(0);

        assertThat(sheet.complete()).isFalse();
        assertThat(sheet.rows()).hasSizeLessThanOrEqualTo(Spreadsheets.MAX_ROWS);
    }

    @Test
    void refusesWhatIsNotAnXlsxWorkbookSayingWhy() throws IOException {
        byte[] workbook = SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu").bytes();
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Biểu").createRow(0).createCell(0).setCellValue("STT");
            old.write(xls);
        }
        byte[] bomb = BadInputTests.inflate(workbook, "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>", "</t></is></c></row></sheetData></worksheet>");

        assertRefused("so-lieu.xlsx", new byte[0], Reason.EMPTY, "trống");
        assertRefused("so-lieu.pdf", TestDocuments.pdf("Báo cáo"), Reason.NOT_XLSX, "không phải bảng tính Excel");
        assertRefused("so-lieu.docx", TestDocuments.docx("Báo cáo"), Reason.NOT_XLSX, "XLSX");
        assertRefused("so-lieu.xlsx", "STT;Chỉ tiêu;Thực hiện".getBytes(StandardCharsets.UTF_8), Reason.DAMAGED, "bị hỏng");
        assertRefused("so-lieu.xls", xls.toByteArray(), Reason.OLD_EXCEL, "Excel cũ");
        assertRefused("so-lieu.xlsx", Arrays.copyOf(workbook, workbook.length / 2), Reason.DAMAGED, "bị hỏng");
        assertRefused("so-lieu.xlsx", bomb, Reason.SUSPICIOUS, "nén bất thường");
        assertRefused("so-lieu.xlsx", new byte[(int) Documents.MAX_BYTES + 1], Reason.TOO_LARGE, "giới hạn là 20 MB");
    }

    private static void assertRefused(String fileName, byte[] bytes, Reason reason, String said) {
        assertThatThrownBy(() -> Spreadsheets.read(new DocumentSource(fileName, bytes))).isInstanceOfSatisfying(SpreadsheetUnreadable.class, e -> {
            assertThat(e.reason()).as(fileName).isEqualTo(reason);
            assertThat(e.fileName()).isEqualTo(fileName);
            assertThat(e.getMessage()).contains(said);
        });
    }

    private static Spreadsheet read(byte[] bytes) {
        try {
            return Spreadsheets.read(new DocumentSource("so-lieu.xlsx", bytes));
        } catch (SpreadsheetUnreadable e) {
            throw new AssertionError(e);
        }
    }
}

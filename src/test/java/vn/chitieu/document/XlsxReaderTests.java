package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks built with POI: sheets as pipe tables, cell values in Vietnamese notation. */
class XlsxReaderTests {

    @Test
    void writesEachSheetsNameBeforeItsRowsAndSkipsEmptyRowsAndSheets() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet indicators = workbook.createSheet("Biểu 01");
            text(indicators.createRow(0), "STT", "Chỉ tiêu", "Đơn vị");
            indicators.createRow(1);
            text(indicators.createRow(3), "1", "Thu ngân sách", "triệu đồng");
            workbook.createSheet("Trống");
            text(workbook.createSheet("Biểu 02").createRow(0), "Nhiệm vụ");

            assertThat(read(workbook).text()).isEqualTo("Biểu 01\n\n| STT | Chỉ tiêu | Đơn vị |\n"
                    + "| 1 | Thu ngân sách | triệu đồng |\n\nBiểu 02\n\n| Nhiệm vụ |\n\n");
        }
    }

    @Test
    void writesNumbersWithDotThousandsAndDecimalComma() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Số liệu").createRow(0);
            double[] values = {3865.28, 1306, 0.5, -1234.5, 1234567.891, 0.1 + 0.2};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }

            assertThat(read(workbook).text())
                    .contains("| 3.865,28 | 1.306 | 0,5 | -1.234,5 | 1.234.567,891 | 0,3 |");
        }
    }

    @Test
    void leavesAYearInAGeneralCellWithoutAThousandsSeparator() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Số liệu").createRow(0);
            row.createCell(0).setCellValue(2025);
            row.createCell(1).setCellValue(2025);
            row.getCell(1).setCellStyle(style(workbook, "#,##0"));

            assertThat(read(workbook).text()).contains("| 2025 | 2.025 |");
        }
    }

    @Test
    void writesPercentagesAndDatesAsAVietnameseTextWould() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Số liệu").createRow(0);
            row.createCell(0).setCellValue(0.85);
            row.getCell(0).setCellStyle(style(workbook, "0%"));
            row.createCell(1).setCellValue(0.855);
            row.getCell(1).setCellStyle(style(workbook, "0.0%"));
            row.createCell(2).setCellValue(LocalDate.of(2025, 12, 24));
            row.getCell(2).setCellStyle(style(workbook, "m/d/yy"));

            assertThat(read(workbook).text()).contains("| 85% | 85,5% | 24/12/2025 |");
        }
    }

    @Test
    void writesTheCachedValueOfFormulas() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Số liệu").createRow(0);
            row.createCell(0).setCellValue(1930.5);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"Đạt \"&TEXT(A1,\"0\")");
            row.createCell(3).setCellFormula("A1>1000");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            assertThat(read(workbook).text()).contains("| 1.930,5 | 3.861 | Đạt 1931 | TRUE |");
        }
    }

    @Test
    void keepsColumnsAlignedFromTheFirstUsedColumnAndPutsCellTextOnOneLine() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Biểu");
            sheet.createRow(0).createCell(2).setCellValue("Kế hoạch\nnăm 2026");
            Row row = sheet.createRow(1);
            row.createCell(1).setCellValue("Lúa");
            row.createCell(2).setCellValue(350);

            assertThat(read(workbook).text()).isEqualTo("Biểu\n\n|  | Kế hoạch năm 2026 |\n| Lúa | 350 |\n\n");
        }
    }

    private static void text(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static DocumentText read(XSSFWorkbook workbook) throws Exception {
        DocumentText text = Documents.read(new DocumentSource("Biểu chỉ tiêu.xlsx", TestWorkbooks.bytes(workbook)));
        assertThat(text.format()).isEqualTo(DocumentFormat.XLSX);
        return text;
    }
}

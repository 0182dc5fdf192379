package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.reporting.Workbooks.VIETNAMESE;
import static vn.chitieu.reporting.Workbooks.font;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chitieu.reporting.ImplementationReport.Row;
import vn.chitieu.reporting.internal.XlsxReport;

class XlsxReportTests {
    private static final int ACTUAL = 4;
    private static final int LAST_YEAR = 5;
    private static final int PERCENT_OF_PLAN = 6;
    private static final int PERCENT_OF_LAST_YEAR = 7;
    private static final int ASSESSMENT = 8;

    private final ImplementationReport report = SampleReports.commune(false, 0);
    private final XSSFWorkbook workbook = Workbooks.read(XlsxReport.write(report));
    private final XSSFSheet sheet = workbook.getSheet("Biểu chỉ tiêu");
    private final int header = Workbooks.headerRow(sheet, "STT");

    @Test
    void namesTheSheetAndTheWorkbookAfterTheTable() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        assertThat(sheet).isNotNull();
        assertThat(workbook.getProperties().getCoreProperties().getTitle())
                .isEqualTo("Biểu: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG CUỐI NĂM 2025");
    }

    @Test
    void putsTheTitleInBoldAcrossTheTableAndTheSubtitleInItalicBelowIt() {
        int titleRow = header - 3;
        XSSFCell title = sheet.getRow(titleRow).getCell(0);
        XSSFCell subtitle = sheet.getRow(titleRow + 1).getCell(0);
        assertThat(title.getStringCellValue()).isEqualTo(report.appendix().title());
        assertThat(font(title).getBold()).isTrue();
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(titleRow, titleRow, 0, 8));
        assertThat(subtitle.getStringCellValue())
                .isEqualTo("(Kèm theo Báo cáo số       /BC-UBND ngày 23/11/2026 của Ủy ban nhân dân xã Khoen On)");
        assertThat(font(subtitle).getItalic()).isTrue();
        assertThat(Workbooks.allTexts(sheet)).contains("ỦY BAN NHÂN DÂN", "XÃ KHOEN ON");
    }

    @Test
    void writesTheNineHeadingsBoldWrappedAndFramed() {
        XSSFRow row = sheet.getRow(header);
        assertThat(Workbooks.texts(row, 0, row.getLastCellNum())).containsExactlyElementsOf(SampleReports.COLUMNS);
        for (int column = 0; column < 9; column++) {
            XSSFCell cell = row.getCell(column);
            assertThat(font(cell).getBold()).isTrue();
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
            assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(cell.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
        }
    }

    @Test
    void storesNumbersAsNumbersWithVietnameseFormat() {
        List<Row> rows = report.appendix().rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.group()) {
                continue;
            }
            XSSFRow line = sheet.getRow(header + 1 + i);
            assertNumber(line.getCell(ACTUAL), row.actual());
            assertNumber(line.getCell(LAST_YEAR), row.lastYear());
            assertNumber(line.getCell(PERCENT_OF_PLAN), row.percentOfPlan());
            assertNumber(line.getCell(PERCENT_OF_LAST_YEAR), row.percentOfLastYear());
        }
        XSSFRow revenue = sheet.getRow(header + 2);
        assertThat(revenue.getCell(ACTUAL).getCellStyle().getDataFormatString()).isEqualTo(VIETNAMESE + "#,##0.0");
        assertThat(revenue.getCell(LAST_YEAR).getCellStyle().getDataFormatString()).isEqualTo(VIETNAMESE + "#,##0");
        assertThat(revenue.getCell(PERCENT_OF_PLAN).getCellStyle().getDataFormatString()).isEqualTo(VIETNAMESE + "#,##0.0");
        XSSFRow forest = sheet.getRow(header + 3);
        assertThat(forest.getCell(LAST_YEAR).getCellType()).as("no value last year").isEqualTo(CellType.BLANK);
    }

    @Test
    void showsNumbersTheVietnameseWay() {
        XSSFWorkbook long_ = Workbooks.read(XlsxReport.write(SampleReports.commune(false, 1)));
        XSSFSheet table = long_.getSheetAt(0);
        int top = Workbooks.headerRow(table, "STT");
        DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
        assertThat(vietnamese.formatCellValue(table.getRow(top + 2).getCell(ACTUAL))).isEqualTo("92,5");
        assertThat(vietnamese.formatCellValue(table.getRow(top + 2).getCell(PERCENT_OF_PLAN))).isEqualTo("108,8");
        assertThat(vietnamese.formatCellValue(table.getRow(top + 7).getCell(ACTUAL))).isEqualTo("1.306,5");
    }

    @Test
    void writesTheContentsWordsInTheirColumns() {
        XSSFRow revenue = sheet.getRow(header + 2);
        assertThat(Workbooks.texts(revenue, 0, 4))
                .containsExactly("1", "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "≥ 85 triệu đồng");
        assertThat(revenue.getCell(ASSESSMENT).getStringCellValue()).isEqualTo("Vượt");
        assertThat(revenue.getCell(1).getCellStyle().getWrapText()).isTrue();
        XSSFRow pending = sheet.getRow(header + 6);
        assertThat(pending.getCell(3).getStringCellValue()).isEqualTo("Đạt chuẩn năm 2027");
        assertThat(pending.getCell(ACTUAL).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(pending.getCell(ASSESSMENT).getStringCellValue()).isEqualTo("Chưa đến hạn");
    }

    @Test
    void notesAnEstimateInTheAssessmentAndKeepsTheValueANumber() {
        XSSFRow malnutrition = sheet.getRow(header + 5);
        assertThat(malnutrition.getCell(1).getStringCellValue()).isEqualTo("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân");
        assertThat(malnutrition.getCell(ACTUAL).getNumericCellValue()).isEqualTo(15.2);
        assertThat(malnutrition.getCell(ASSESSMENT).getStringCellValue()).isEqualTo("Vượt (ước)");
    }

    @Test
    void writesAGroupsNumberAndHeadingInBoldAcrossTheRow() {
        XSSFRow economy = sheet.getRow(header + 1);
        assertThat(economy.getCell(0).getStringCellValue()).isEqualTo("I");
        assertThat(economy.getCell(1).getStringCellValue()).isEqualTo("Về kinh tế");
        assertThat(font(economy.getCell(0)).getBold()).isTrue();
        assertThat(font(economy.getCell(1)).getBold()).isTrue();
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(header + 1, header + 1, 1, 8));
        assertThat(sheet.getRow(header + 4).getCell(1).getStringCellValue()).isEqualTo("Về văn hóa - xã hội");
    }

    @Test
    void freezesTheHeaderAndTheFirstTwoColumns() {
        Workbooks.assertFrozenBelow(sheet, header);
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() {
        Workbooks.assertPrintsOnA4(sheet, header);
    }

    @Test
    void givesTheIndicatorColumnRoomAndALongIndicatorTheLinesItWrapsTo() {
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(40 * 256);
        assertThat(sheet.getColumnWidth(0)).isLessThan(sheet.getColumnWidth(2));
        assertThat(sheet.getRow(header + 2).getHeightInPoints()).as("a one-line row").isEqualTo(sheet.getDefaultRowHeightInPoints());
        String longIndicator = "Tỷ lệ hộ gia đình ở nông thôn được sử dụng nước sạch đạt quy chuẩn kỹ thuật quốc gia, "
                + "trong đó tỷ lệ hộ nghèo và hộ cận nghèo được hỗ trợ lắp đặt thiết bị lọc nước theo chương trình mục tiêu";
        Row row = report.appendix().rows().get(1);
        Row wordy = new Row(false, "1", longIndicator, row.unit(), row.plan(), row.planValue(), row.actual(), false, null, null, null,
                row.status(), row.assessment());
        ImplementationReport.Appendix appendix = new ImplementationReport.Appendix(report.appendix().title(),
                report.appendix().subtitle(), report.appendix().columns(), List.of(wordy), report.appendix().estimateMark());
        ImplementationReport wordyReport = new ImplementationReport(report.heading(), report.title(), report.addressee(), null,
                report.periodLabel(), report.resultsHeading(), report.summary(), report.counts(), 1, report.sections(), report.atRiskHeading(), report.atRisk(),
                report.closing(), report.recipientsHeading(), report.recipients(), report.signature(), appendix, report.fileName(),
                report.locale());
        XSSFSheet table = Workbooks.read(XlsxReport.write(wordyReport)).getSheetAt(0);
        XSSFRow line = table.getRow(Workbooks.headerRow(table, "STT") + 1);
        assertThat(line.getCell(1).getStringCellValue()).isEqualTo(longIndicator);
        assertThat(line.getHeightInPoints()).as("three lines or more").isGreaterThanOrEqualTo(table.getDefaultRowHeightInPoints() * 3);
    }

    @Test
    void marksADraftOnScreenAndOnEveryPrintedPage() {
        XSSFSheet draft = Workbooks.read(XlsxReport.write(SampleReports.commune(true, 0))).getSheetAt(0);
        Workbooks.assertDraftMarked(draft, "DỰ THẢO");
        assertThat(draft.getRow(Workbooks.headerRow(draft, "STT") - 3).getCell(0).getStringCellValue())
                .isEqualTo(report.appendix().title());
    }

    @Test
    void leavesAnApprovedReportUnmarked() {
        Workbooks.assertNotMarked(sheet, "DỰ THẢO");
    }

    @Test
    void writesEveryRowOfALongReport() {
        ImplementationReport longReport = SampleReports.commune(false, 300);
        XSSFSheet table = Workbooks.read(XlsxReport.write(longReport)).getSheetAt(0);
        int top = Workbooks.headerRow(table, "STT");
        List<Row> rows = longReport.appendix().rows();
        assertThat(table.getLastRowNum()).isEqualTo(top + rows.size());
        XSSFRow last = table.getRow(top + rows.size());
        assertThat(last.getCell(0).getStringCellValue()).isEqualTo("304");
        assertThat(last.getCell(ACTUAL).getNumericCellValue()).isEqualTo(1306.5);
        assertThat(last.getCell(PERCENT_OF_PLAN).getNumericCellValue()).isEqualTo(99.1);
        assertThat(last.getCell(ASSESSMENT).getStringCellValue()).isEqualTo("Đạt");
    }

    private static void assertNumber(XSSFCell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected.doubleValue());
        assertThat(cell.getCellStyle().getDataFormatString()).startsWith(VIETNAMESE + "#,##0");
    }
}

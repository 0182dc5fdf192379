package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.reporting.Workbooks.VIETNAMESE;
import static vn.chitieu.reporting.Workbooks.font;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.internal.XlsxRollUp;

class XlsxRollUpTests {
    private static final int INDICATORS = 4;
    private static final int FIRST_STATUS = 5;

    private final RollUp rollUp = SampleReports.rollUp(false, 120);
    private final XSSFWorkbook workbook = Workbooks.read(XlsxRollUp.write(rollUp));
    private final XSSFSheet communes = workbook.getSheet("Tổng hợp");
    private final XSSFSheet notMet = workbook.getSheet("Chỉ tiêu không đạt");
    private final int header = Workbooks.headerRow(communes, "STT");

    @Test
    void writesASheetOfCommunesAndOneOfTargetsOftenNotMet() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        assertThat(communes).isNotNull();
        assertThat(notMet).isNotNull();
        assertThat(workbook.getProperties().getCoreProperties().getTitle())
                .isEqualTo("BÁO CÁO Tổng hợp tình hình thực hiện nghị quyết của các xã, phường 6 tháng đầu năm 2026");
        assertThat(Workbooks.allTexts(communes)).contains("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "BÁO CÁO",
                "Tổng hợp tình hình thực hiện nghị quyết của các xã, phường 6 tháng đầu năm 2026");
    }

    @Test
    void writesTheHeadingsWithAColumnPerStatusInTheStatusesOrder() {
        XSSFRow row = communes.getRow(header);
        assertThat(Workbooks.texts(row, 0, row.getLastCellNum())).containsExactly("STT", "Xã, phường", "Nghị quyết", "Báo cáo kỳ",
                "Số chỉ tiêu", "Vượt", "Đạt", "Không đạt", "Chưa đến hạn", "Chưa có số liệu", "Chưa có số gốc");
        assertThat(font(row.getCell(7)).getBold()).isTrue();
        assertThat(row.getCell(7).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void writesEveryCommuneWithItsCountsAsNumbers() {
        List<RollUp.Line> lines = rollUp.lines();
        AttainmentStatus[] statuses = AttainmentStatus.values();
        for (int i = 0; i < lines.size(); i++) {
            RollUp.Line line = lines.get(i);
            XSSFRow row = communes.getRow(header + 1 + i);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
            assertThat(Workbooks.texts(row, 1, 4)).containsExactly(line.unitName(), line.resolution(), line.reportStatus());
            assertCount(row.getCell(INDICATORS), line.indicators());
            for (int s = 0; s < statuses.length; s++) {
                assertCount(row.getCell(FIRST_STATUS + s), line.count(statuses[s]));
            }
        }
        XSSFRow third = communes.getRow(header + 3);
        assertThat(third.getCell(1).getStringCellValue()).isEqualTo("xã Số 3");
        assertThat(third.getCell(2).getStringCellValue()).isEqualTo("Nghị quyết số 12/NQ-HĐND ngày 20/12/2024");
        assertThat(third.getCell(3).getStringCellValue()).isEqualTo("Chưa gửi");
        assertThat(third.getCell(FIRST_STATUS + AttainmentStatus.NOT_MET.ordinal()).getNumericCellValue()).isEqualTo(3);
        assertThat(third.getCell(FIRST_STATUS + AttainmentStatus.PENDING.ordinal()).getNumericCellValue()).isZero();
    }

    @Test
    void sumsEveryCountInATotalsRowThatShowsItsValuesWithoutRecalculation() {
        XSSFRow totals = communes.getRow(header + rollUp.lines().size() + 1);
        assertThat(communes.getLastRowNum()).isEqualTo(totals.getRowNum());
        assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
        assertThat(font(totals.getCell(1)).getBold()).isTrue();
        XSSFCell indicators = totals.getCell(INDICATORS);
        assertThat(indicators.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(indicators.getCellFormula()).isEqualTo("SUM(E" + (header + 2) + ":E" + (header + 121) + ")");
        assertThat(indicators.getNumericCellValue()).isEqualTo(25 * 120);
        AttainmentStatus[] statuses = AttainmentStatus.values();
        for (int s = 0; s < statuses.length; s++) {
            AttainmentStatus status = statuses[s];
            int expected = rollUp.lines().stream().mapToInt(line -> line.count(status)).sum();
            XSSFCell cell = totals.getCell(FIRST_STATUS + s);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getNumericCellValue()).as("cached %s", status).isEqualTo(expected);
        }
        assertThat(totals.getCell(FIRST_STATUS).getNumericCellValue()).as("exceeded: 5, 6, 7, 8 in turn").isEqualTo(30 * 26);
    }

    @Test
    void listsTheTargetsMostOftenNotMetWithTheirShare() {
        int top = Workbooks.headerRow(notMet, "STT");
        assertThat(Workbooks.allTexts(notMet)).contains("Các chỉ tiêu không đạt ở nhiều xã nhất", "6 tháng đầu năm 2026");
        XSSFRow headings = notMet.getRow(top);
        assertThat(Workbooks.texts(headings, 0, headings.getLastCellNum()))
                .containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Số xã không đạt", "Số xã có chỉ tiêu", "Tỷ lệ không đạt (%)");
        XSSFRow forest = notMet.getRow(top + 1);
        assertThat(Workbooks.texts(forest, 1, 3)).containsExactly("Tỷ lệ che phủ rừng", "%");
        assertThat(forest.getCell(3).getNumericCellValue()).isEqualTo(60);
        assertThat(forest.getCell(4).getNumericCellValue()).isEqualTo(120);
        assertThat(forest.getCell(5).getNumericCellValue()).isEqualTo(50.0);
        assertThat(forest.getCell(5).getCellStyle().getDataFormatString()).isEqualTo(VIETNAMESE + "#,##0.0");
        XSSFRow revenue = notMet.getRow(top + 2);
        assertThat(revenue.getCell(1).getStringCellValue()).isEqualTo("Thu ngân sách nhà nước trên địa bàn");
        assertThat(revenue.getCell(5).getNumericCellValue()).isEqualTo(33.3);
        assertThat(notMet.getLastRowNum()).isEqualTo(top + 2);
    }

    @Test
    void freezesTheHeaderAndTheFirstTwoColumnsOfBothSheets() {
        Workbooks.assertFrozenBelow(communes, header);
        Workbooks.assertFrozenBelow(notMet, Workbooks.headerRow(notMet, "STT"));
    }

    @Test
    void printsBothSheetsOnA4LandscapeWithTheHeaderOnEveryPage() {
        Workbooks.assertPrintsOnA4(communes, header);
        Workbooks.assertPrintsOnA4(notMet, Workbooks.headerRow(notMet, "STT"));
    }

    @Test
    void marksADraftOnBothSheets() {
        XSSFWorkbook draft = Workbooks.read(XlsxRollUp.write(SampleReports.rollUp(true, 3)));
        Workbooks.assertDraftMarked(draft.getSheetAt(0), "DỰ THẢO");
        Workbooks.assertDraftMarked(draft.getSheetAt(1), "DỰ THẢO");
    }

    @Test
    void leavesAnApprovedRollUpUnmarked() {
        Workbooks.assertNotMarked(communes, "DỰ THẢO");
        Workbooks.assertNotMarked(notMet, "DỰ THẢO");
    }

    @Test
    void writesAHundredAndTwentyCommunesWellUnderASecond() {
        XlsxRollUp.write(rollUp);
        long start = System.nanoTime();
        XlsxRollUp.write(rollUp);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void writesEveryCommuneOfTheCountry() {
        RollUp country = SampleReports.rollUp(false, 3321);
        XSSFSheet sheet = Workbooks.read(XlsxRollUp.write(country)).getSheetAt(0);
        int top = Workbooks.headerRow(sheet, "STT");
        XSSFRow last = sheet.getRow(top + 3321);
        assertThat(last.getCell(1).getStringCellValue()).isEqualTo("xã Số 3321");
        assertThat(last.getCell(FIRST_STATUS).getNumericCellValue()).isEqualTo(5 + 3320 % 4);
        XSSFRow totals = sheet.getRow(top + 3322);
        assertThat(totals.getCell(INDICATORS).getNumericCellValue()).isEqualTo(25 * 3321);
        assertThat(totals.getCell(FIRST_STATUS + 1).getNumericCellValue()).isEqualTo(10 * 3321);
    }

    private static void assertCount(XSSFCell cell, int expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(VIETNAMESE + "#,##0");
    }
}

package vn.chitieu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.document.SheetBuilder.percent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Period;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.SheetBuilder;
import vn.chitieu.document.Spreadsheets;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.ImportRefused;
import vn.chitieu.monitoring.internal.SheetReading.Kind;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Target;

/** Reading a period's values from workbooks laid out like the report's indicator table, built here with POI. */
class SheetReadingTests {
    private static final Period HALF = Period.parse("2026-H1");
    private static final List<Indicator> PLAN = List.of(
            indicator(1, "Thu ngân sách nhà nước trên địa bàn là 1.306 triệu đồng, tăng 12%.",
                    target(11, "Thu ngân sách nhà nước trên địa bàn", TargetKind.LEVEL, "1306", "triệu đồng"),
                    target(12, "Thu ngân sách nhà nước trên địa bàn", TargetKind.CHANGE, "12", "%")),
            indicator(2, "Tỷ lệ che phủ rừng đạt 42%.", target(21, "Tỷ lệ che phủ rừng", TargetKind.LEVEL, "42", "%")),
            indicator(3, "Tổng sản lượng lương thực khoảng 13.900 tấn.", target(31, "Tổng sản lượng lương thực", TargetKind.LEVEL, "13900", "tấn")),
            indicator(4, "Hoàn thành xây dựng Trường Phổ thông nội trú liên cấp.",
                    target(41, "Hoàn thành xây dựng Trường Phổ thông nội trú liên cấp", TargetKind.MILESTONE, null, null)),
            indicator(5, "Trồng rừng 200 ha; trồng các loại cây có giá trị kinh tế cao 50 ha.",
                    target(51, "Diện tích trồng rừng", TargetKind.LEVEL, "200", "ha"),
                    target(52, "Diện tích trồng các loại cây có giá trị kinh tế cao", TargetKind.LEVEL, "50", "ha")));

    @Test
    void findsTheHeadingBelowTheTitleAndReadsVietnameseNumbersFromTextAndNumberCells() {
        SheetReading.Result result = read(SheetBuilder.sheet("Biểu 01")
                .row("BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2026").merge("A1:F1")
                .row("(Kèm theo Báo cáo số 45/BC-UBND)")
                .skip(1)
                .row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Ghi chú")
                .row("1", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.306", "1.306,5", "vượt dự toán")
                .row(2, "Tỷ lệ che phủ rừng", "%", 42, "42%")
                .row(3, "Tổng sản lượng lương thực", "Tấn", 13900, 7250.75)
                .row("", "Người lập biểu")
                .bytes());

        assertThat(result.sheet()).isEqualTo("Biểu 01");
        assertThat(result.headingRow()).isEqualTo(4);
        assertThat(result.valueHeading()).isEqualTo("Thực hiện");
        assertThat(result.estimates()).isFalse();
        assertThat(result.rows()).extracting(SheetReading.Row::row).containsExactly(5, 6, 7);
        assertValue(result, 5, 11, "1306.5");
        assertThat(row(result, 5).input().note()).isEqualTo("vượt dự toán");
        assertThat(row(result, 5).input().estimate()).isFalse();
        assertValue(result, 6, 21, "42");
        assertValue(result, 7, 31, "7250.75");
        assertThat(row(result, 7).input().note()).isNull();
    }

    @Test
    void knowsTheHeadingsWrittenWithoutDiacriticsInCapitalsOrAbbreviatedAndAnEstimateColumn() {
        SheetReading.Result upper = read(SheetBuilder.sheet("KQ")
                .row("TT", "NỘI DUNG CHỈ TIÊU", "ĐVT", "KH NĂM 2026", "ƯỚC THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", "GHI CHÚ")
                .row(2, "Tỷ lệ che phủ rừng", "%", 42, "41,5")
                .bytes());
        SheetReading.Result plain = read(SheetBuilder.sheet("KQ")
                .row("Stt", "Chi tieu", "Don vi tinh", "Ke hoach", "Thuc hien ky nay")
                .row(2, "Ty le che phu rung", "%", 42, "41,5")
                .bytes());

        assertThat(upper.estimates()).isTrue();
        assertThat(row(upper, 2).input().estimate()).isTrue();
        assertValue(upper, 2, 21, "41.5");
        assertThat(plain.estimates()).isFalse();
        assertValue(plain, 2, 21, "41.5");
    }

    @Test
    void readsATwoRowHeadingUnderMergedCellsAndSkipsTheRowThatNumbersTheColumns() {
        SheetReading.Result result = read(SheetBuilder.sheet("Biểu")
                .row("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", null, "Ghi chú")
                .row(null, null, null, "Kế hoạch", "Thực hiện", null)
                .merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:E1").merge("F1:F2")
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
                .row(3, "Tổng sản lượng lương thực", "tấn", "13.900", "7.100")
                .bytes());

        assertThat(result.headingRow()).isEqualTo(2);
        assertThat(result.valueHeading()).isEqualTo("Năm 2026 Thực hiện");
        assertThat(result.rows()).hasSize(1);
        assertValue(result, 4, 31, "7100");
    }

    @Test
    void takesTheValueColumnOfThePeriodAndLeavesComparisonsAndLastYearAside() {
        SheetReading.Result result = read(SheetBuilder.sheet("Biểu")
                .row("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Thực hiện 6 tháng đầu năm 2026",
                        "Thực hiện so với kế hoạch (%)", "Ước thực hiện cả năm 2026")
                .row(3, "Tổng sản lượng lương thực", "tấn", 13500, 13900, 7100, 51.1, 13950)
                .bytes());

        assertThat(result.valueHeading()).isEqualTo("Thực hiện 6 tháng đầu năm 2026");
        assertValue(result, 2, 31, "7100");
    }

    @Test
    void readsAPercentageCellAsPercentForATargetInPercentAndRefusesItForAnotherUnit() {
        SheetReading.Result result = read(table()
                .row(2, "Tỷ lệ che phủ rừng", "%", percent(0.42), percent(0.425))
                .row(3, "Tổng sản lượng lương thực", "tấn", 13900, percent(0.5))
                .bytes());

        assertValue(result, 2, 21, "42.5");
        assertThat(row(result, 3).kind()).isEqualTo(Kind.REFUSED);
        assertThat(row(result, 3).problem().messageKey()).isEqualTo("monitor.import.problem.percentForUnit");
        assertThat(row(result, 3).problem().args()).containsExactly("50%", "tấn");
    }

    @Test
    void readsMilestoneWordsAndTheDayWrittenWithThem() {
        assertThat(milestone("Đạt")).isEqualTo("true null");
        assertThat(milestone("x")).isEqualTo("true null");
        assertThat(milestone("Có")).isEqualTo("true null");
        assertThat(milestone("Đã hoàn thành ngày 30/6/2026")).isEqualTo("true 2026-06-30");
        assertThat(milestone(LocalDate.of(2026, 5, 15))).isEqualTo("true 2026-05-15");
        assertThat(milestone("Không đạt")).isEqualTo("false null");
        assertThat(milestone("chưa")).isEqualTo("false null");
        assertThat(milestone("Chưa hoàn thành")).isEqualTo("false null");
        assertThat(milestone("đang làm móng")).isEqualTo("monitor.import.problem.milestoneWord [đang làm móng]");
        assertThat(milestone(1)).isEqualTo("monitor.import.problem.milestoneWord [1]");
        assertThat(milestone("hoàn thành 31/02/2026")).isEqualTo("monitor.import.problem.dateUnreadable [31/02/2026]");
    }

    @Test
    void marksAValueWrittenWithUocAsAnEstimate() {
        SheetReading.Result result = read(table()
                .row(3, "Tổng sản lượng lương thực", "tấn", 13900, "Ước 7.100")
                .row(2, "Tỷ lệ che phủ rừng", "%", 42, "41 (ước)")
                .bytes());

        assertValue(result, 2, 31, "7100");
        assertThat(row(result, 2).input().estimate()).isTrue();
        assertValue(result, 3, 21, "41");
        assertThat(row(result, 3).input().estimate()).isTrue();
    }

    @Test
    void refusesNumbersItCannotReadNamingWhatWasWritten() {
        SheetReading.Result result = read(table()
                .row(3, "Tổng sản lượng lương thực", "tấn", 13900, "12,,5")
                .row(2, "Tỷ lệ che phủ rừng", "%", 42, "khoảng 40")
                .row(1, "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 1306, "#DIV/0!")
                .bytes());

        assertThat(result.rows()).extracting(SheetReading.Row::kind).containsOnly(Kind.REFUSED);
        assertThat(result.rows()).extracting(r -> r.problem().messageKey() + " " + r.problem().args()).containsExactly(
                "monitor.import.problem.unreadable [12,,5]", "monitor.import.problem.unreadable [khoảng 40]",
                "monitor.import.problem.unreadable [#DIV/0!]");
        assertThat(row(result, 2).target().id()).isEqualTo(31);
    }

    @Test
    void reportsRowsItCannotMatchInsteadOfGuessing() {
        SheetReading.Result result = read(table()
                .row(14, "Số trường đạt chuẩn quốc gia", "trường", 2, 1)
                .row(1, "Thu ngân sách nhà nước trên địa bàn", "", "", 700)
                .row("Tổng", "", "", "", 100)
                .row("-", "Trong đó: ngân sách xã", "", "", 40)
                .row(5, "Trồng rừng 200ha; trồng các loại cây có giá trị kinh tế cao 50ha", "", "", "")
                .row("-", "Chăm sóc rừng", "ha", "", 30)
                .row("I", "VĂN HÓA - XÃ HỘI", "", "", "")
                .row("", "Ghi chú thêm", "", "", 5)
                .bytes());

        assertThat(result.rows()).extracting(r -> r.row() + " " + r.kind() + " " + r.problem().messageKey() + " " + r.problem().args())
                .containsExactly(
                        "2 UNMATCHED monitor.import.problem.noIndicator [14]",
                        "3 UNMATCHED monitor.import.problem.whichTarget [1, 2]",
                        "4 UNMATCHED monitor.import.problem.numberUnreadable [Tổng]",
                        "5 UNMATCHED monitor.import.problem.noNumber []",
                        "7 UNMATCHED monitor.import.problem.whichTarget [5, 2]",
                        "9 UNMATCHED monitor.import.problem.noNumber []");
    }

    @Test
    void findsEachTargetOfAnIndicatorByItsPlaceOrByTheUnitPlanAndSubjectItsRowGives() {
        SheetReading.Result result = read(table()
                .row(1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.306", "720")
                .row("-", "Tăng so với năm trước", "%", "12", "10,2")
                .row(5, "Trồng rừng và cây có giá trị kinh tế cao", "", "", "")
                .row("a", "Diện tích trồng các loại cây có giá trị kinh tế cao", "ha", "", 20)
                .row("b", "Diện tích trồng rừng", "ha", "", 90)
                .row("5.2", "Cây giá trị cao (ghi lại)", "ha", 50, "")
                .bytes());

        assertValue(result, 2, 11, "720");
        assertValue(result, 3, 12, "10.2");
        assertValue(result, 5, 52, "20");
        assertValue(result, 6, 51, "90");
        assertThat(row(result, 7).kind()).isEqualTo(Kind.EMPTY);
        assertThat(row(result, 7).target().id()).isEqualTo(52);
    }

    @Test
    void refusesASecondValueForATargetNamingTheFirstRow() {
        SheetReading.Result result = read(table()
                .row(2, "Tỷ lệ che phủ rừng", "%", 42, 41)
                .row("2.1", "Tỷ lệ che phủ rừng (theo kiểm kê)", "%", 42, 43)
                .bytes());

        assertThat(row(result, 3).kind()).isEqualTo(Kind.REFUSED);
        assertThat(row(result, 3).problem().messageKey()).isEqualTo("monitor.import.problem.twice");
        assertThat(row(result, 3).problem().args()).containsExactly(2);
    }

    @Test
    void tellsIndicatorsWithTheSameNumberInEachPartOfThePlanApart() {
        List<Indicator> parts = List.of(
                indicator(1, "Thu ngân sách 1.306 triệu đồng.", target(11, "Thu ngân sách", TargetKind.LEVEL, "1306", "triệu đồng")),
                indicator(2, "Sản lượng lương thực 13.900 tấn.", target(21, "Sản lượng lương thực", TargetKind.LEVEL, "13900", "tấn")),
                indicator(1, "Tỷ lệ người dân tham gia bảo hiểm y tế 95%.", target(31, "Tỷ lệ người dân tham gia bảo hiểm y tế", TargetKind.LEVEL, "95", "%")),
                indicator(2, "Đào tạo nghề 50 học viên.", target(41, "Đào tạo nghề cho lao động nông thôn", TargetKind.LEVEL, "50", "học viên")));
        byte[] bytes = table()
                .row("I", "KINH TẾ")
                .row(1, "Thu ngân sách", "triệu đồng", 1306, 700)
                .row(2, "", "tấn", 13900, 7000)
                .row("II", "XÃ HỘI")
                .row(1, "", "%", 95, 93)
                .row(2, "Đào tạo nghề cho lao động nông thôn", "học viên", 50, 30)
                .bytes();

        SheetReading.Result result = SheetReading.read(workbook(bytes), parts, HALF);

        assertThat(result.rows()).extracting(r -> r.row() + ":" + r.target().id()).containsExactly("3:11", "4:21", "6:31", "7:41");
    }

    @Test
    void refusesAWorkbookWithoutAHeadingOrWithoutAValueColumnOrWithTwo() {
        assertRefused(SheetBuilder.sheet("Ghi chép").row("Thu ngân sách", 700).row("Lương thực", 7100).bytes(),
                "monitor.import.file.noHeading [15]");
        assertRefused(SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch").row(1, "Thu ngân sách", "trđ", 1306).bytes(),
                "monitor.import.file.noValueColumn [Biểu, 1]");
        assertRefused(SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Thực hiện", "Kết quả").row(1, "Thu ngân sách", 700, 700).bytes(),
                "monitor.import.file.manyValueColumns [Biểu, 1, “Thực hiện”; “Kết quả”]");
        assertRefused(SheetBuilder.sheet("Biểu").skip(15).row("STT", "Chỉ tiêu", "Thực hiện").bytes(), "monitor.import.file.noHeading [15]");
        // the first half's file on the second half's page, or last year's: refused, not read into this period
        assertRefused(SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Thực hiện 6 tháng cuối năm 2026").row(1, "Thu ngân sách", 700).bytes(),
                "monitor.import.file.otherPeriod [Biểu, 1, “Thực hiện 6 tháng cuối năm 2026”]");
        assertRefused(SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Thực hiện 6 tháng đầu năm 2025").row(1, "Thu ngân sách", 700).bytes(),
                "monitor.import.file.otherPeriod [Biểu, 1, “Thực hiện 6 tháng đầu năm 2025”]");
    }

    @Test
    void readsTheFirstSheetThatHoldsTheTable() {
        SheetReading.Result result = read(SheetBuilder.sheet("Hướng dẫn").row("Điền số liệu vào trang sau")
                .and("Số liệu").row("STT", "Chỉ tiêu", "Thực hiện").row(3, "Tổng sản lượng lương thực", 7000).bytes());

        assertThat(result.sheet()).isEqualTo("Số liệu");
        assertValue(result, 2, 31, "7000");
    }

    private static SheetBuilder table() {
        return SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện");
    }

    private static String milestone(Object cell) {
        SheetReading.Row row = read(table().row(4, "Hoàn thành xây dựng trường", "", "", cell).bytes()).rows().get(0);
        assertThat(row.target().id()).isEqualTo(41);
        return row.kind() == Kind.VALUE ? row.input().achieved() + " " + row.input().on()
                : row.problem().messageKey() + " " + row.problem().args();
    }

    private static void assertRefused(byte[] bytes, String expected) {
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(ImportRefused.class, refused -> {
            assertThat(refused.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.row()).isZero();
                assertThat(reason.problem().messageKey() + " " + reason.problem().args()).isEqualTo(expected);
            });
        });
    }

    private static void assertValue(SheetReading.Result result, int row, long target, String value) {
        SheetReading.Row found = row(result, row);
        assertThat(found.kind()).as("row %d: %s", row, found.problem()).isEqualTo(Kind.VALUE);
        assertThat(found.target().id()).as("row %d", row).isEqualTo(target);
        assertThat(found.input().value()).as("row %d", row).isEqualByComparingTo(value);
    }

    private static SheetReading.Row row(SheetReading.Result result, int row) {
        return result.rows().stream().filter(r -> r.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + result.rows()));
    }

    private static SheetReading.Result read(byte[] bytes) {
        return SheetReading.read(workbook(bytes), PLAN, HALF);
    }

    private static vn.chitieu.document.Spreadsheet workbook(byte[] bytes) {
        try {
            return Spreadsheets.read(new DocumentSource("so-lieu.xlsx", bytes));
        } catch (vn.chitieu.document.SpreadsheetUnreadable e) {
            throw new AssertionError(e);
        }
    }

    private static Indicator indicator(int no, String text, Target... targets) {
        return new Indicator((long) no * 100, no, null, null, text, null, List.of(targets));
    }

    private static Target target(long id, String subject, TargetKind kind, String value, String unit) {
        return new Target(id, subject, kind, value == null ? null : Comparator.GE, value == null ? null : new BigDecimal(value), null, unit,
                false, null, null, false, 2026, null, null, null, List.of());
    }
}

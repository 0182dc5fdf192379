package vn.chitieu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Attainment.Pace;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/** Every worked example of spec/assessment.md, numbered as there, to the rounding shown there. */
class WorkedExamplesTests {
    static final LocalDate TODAY = LocalDate.of(2026, 8, 1);
    static final Locale VI = Locale.forLanguageTag("vi");
    private final Assessor assessor = new Assessor();

    /** Seed 001: the plan for the last six months of 2025. */
    static Goal halfYear(String subject, Comparator comparator, String value, String unit) {
        return new Goal(subject, TargetKind.LEVEL, comparator, new BigDecimal(value), null, unit, null, false, null, null, null, null, null,
                null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    }

    static Goal fiveYear(String subject, TargetKind kind, Comparator comparator, String value, String unit, Direction direction,
            boolean perYear) {
        return new Goal(subject, kind, comparator, new BigDecimal(value), null, unit, direction, perYear, null, null, null, null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
    }

    static Goal annual2026(String subject, TargetKind kind, Comparator comparator, String value, String unit, Direction direction,
            Nature nature) {
        return new Goal(subject, kind, comparator, value == null ? null : new BigDecimal(value), null, unit, direction, false, null, null,
                null, null, nature, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private Assessment assess(Goal goal, String period, Actual... actuals) {
        return assessor.assess(goal, List.of(actuals), Period.parse(period), TODAY);
    }

    @Test
    void example1_budgetRevenueAboveItsHalfYearPlan() {
        Attainment a = assess(halfYear("Thu ngân sách nhà nước trên địa bàn", Comparator.GE, "85", "triệu đồng"), "2025-H2",
                Actual.of("2025-H2", "92")).attainment();

        assertThat(a.status()).isEqualTo(AttainmentStatus.EXCEEDED);
        assertThat(a.percentOfPlan()).isEqualByComparingTo("108.2");
        assertThat(a.reason().in(VI)).isEqualTo("6 tháng cuối năm 2025: thực hiện 92, vượt mức kế hoạch 85 (đạt 108,2% kế hoạch).");
    }

    @Test
    void examples2and3_malnutritionRateAtMost() {
        Goal goal = halfYear("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", Comparator.LE, "15.99", "%");

        assertThat(assess(goal, "2025-H2", Actual.of("2025-H2", "16.2")).attainment().status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(assess(goal, "2025-H2", Actual.of("2025-H2", "15.5")).attainment().status()).isEqualTo(AttainmentStatus.EXCEEDED);
    }

    @Test
    void example4_maintainBrokenInItsSecondYear() {
        Goal goal = fiveYear("Tỷ lệ che phủ rừng", TargetKind.MAINTAIN, Comparator.GE, "72", "%", null, false);

        Attainment a = assess(goal, "2027", Actual.of("2026", "72.4"), Actual.of("2027", "71.8")).attainment();

        assertThat(a.status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(a.firstFailing()).isEqualTo(Period.year(2027));
        assertThat(a.reason().in(VI)).isEqualTo("Không duy trì được mức 72: năm 2027 chỉ đạt 71,8.");
    }

    @Test
    void example5_revenueGrowingTenPercentAYear() {
        Goal goal = fiveYear("Thu ngân sách trên địa bàn", TargetKind.CHANGE, Comparator.GE, "10", "%", Direction.UP, true);

        Assessment result = assess(goal, "2027", Actual.of("2025", "1000"), Actual.of("2027", "1150"));

        Attainment a = result.attainment();
        assertThat(a.status()).isEqualTo(AttainmentStatus.PENDING);
        assertThat(a.required()).isEqualByComparingTo("1210");
        assertThat(a.percentOfPlan()).isEqualByComparingTo("95.0");
        Trajectory t = result.trajectory();
        assertThat(t.observed()).isCloseTo(0.0724, within(0.00005));
        assertThat(t.required()).isCloseTo(0.10, within(1e-12));
        assertThat(t.ratio()).isCloseTo(0.72, within(0.005));
        assertThat(t.status()).isEqualTo(TrajectoryStatus.ACCELERATE);
        assertThat(t.projection().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1418.2");
        assertThat(t.requiredAtTarget().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1610.5");
        assertThat(t.reason().in(VI)).isEqualTo(
                "Tăng bình quân 7,24%/năm, yêu cầu 10%/năm (tỷ số 0,72): cần tăng tốc; dự báo năm 2030: 1.418,2, cần 1.610,5.");
    }

    @Test
    void example6_cleanWaterLevelFarFromItsPath() {
        Goal goal = fiveYear("Tỷ lệ hộ dân sử dụng nước sạch", TargetKind.LEVEL, Comparator.GE, "98", "%", null, false);

        Assessment result = assess(goal, "2027", Actual.of("2025", "93"), Actual.of("2027", "94"));

        assertThat(result.attainment().status()).isEqualTo(AttainmentStatus.PENDING);
        assertThat(result.attainment().percentOfPlan()).isEqualByComparingTo("95.9");
        Trajectory t = result.trajectory();
        assertThat(t.observed() * 100).isCloseTo(0.536, within(0.0005));
        assertThat(t.required() * 100).isCloseTo(1.053, within(0.0005));
        assertThat(t.ratio()).isCloseTo(0.51, within(0.005));
        assertThat(t.status()).isEqualTo(TrajectoryStatus.LIMITED);
    }

    @Test
    void examples7and12_povertyRateDownTwoPoints() {
        Goal goal = annual2026("Tỷ lệ hộ nghèo", TargetKind.CHANGE, Comparator.GE, "2", "%", Direction.DOWN, null);

        Attainment short_ = assess(goal, "2026", Actual.of("2025", "5.1"), Actual.of("2026", "3.4")).attainment();
        Attainment beyond = assess(goal, "2026", Actual.of("2025", "5.1"), Actual.of("2026", "2.9")).attainment();

        assertThat(goal.changeMode()).isEqualTo(ChangeMode.POINTS);
        assertThat(short_.status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(short_.required()).isEqualByComparingTo("3.1");
        assertThat(beyond.status()).isEqualTo(AttainmentStatus.EXCEEDED);
    }

    @Test
    void examples8and9_milestoneWithADeadline() {
        Goal goal = new Goal("Hoàn thành kiện toàn bộ máy", TargetKind.MILESTONE, null, null, null, null, null, false, null,
                LocalDate.of(2026, 7, 15), null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        Attainment done = assess(goal, "2026", Actual.achieved("2026", LocalDate.of(2026, 7, 1))).attainment();
        Attainment missed = assess(goal, "2026").attainment();

        assertThat(done.status()).isEqualTo(AttainmentStatus.MET);
        assertThat(missed.status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(missed.reason().in(VI)).isEqualTo("Chưa hoàn thành, đã quá thời hạn 15/07/2026.");
        assertThat(missed.reason().in(Locale.ENGLISH)).isEqualTo("Not achieved, and the deadline of 15 Jul 2026 has passed.");
    }

    @Test
    void example10_outputAboutItsPlan() {
        Goal goal = annual2026("Tổng sản lượng lương thực có hạt", TargetKind.LEVEL, Comparator.APPROX, "13900", "tấn", null, null);

        Attainment a = assess(goal, "2026", Actual.of("2026", "13700")).attainment();

        assertThat(a.status()).isEqualTo(AttainmentStatus.MET);
        assertThat(a.percentOfPlan()).isEqualByComparingTo("98.6");
    }

    @Test
    void example11_halfYearRevenueAgainstTheYearsPlan() {
        Goal goal = annual2026("Thu ngân sách nhà nước trên địa bàn", TargetKind.LEVEL, Comparator.GE, "1306", "triệu đồng", null,
                Nature.FLOW);

        Attainment a = assess(goal, "2026-H1", Actual.of("2026-H1", "700")).attainment();

        assertThat(a.percentOfPlan()).isEqualByComparingTo("53.6");
        assertThat(a.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(a.status()).isEqualTo(AttainmentStatus.PENDING);
        assertThat(a.reason().in(VI)).isEqualTo("Lũy kế 6 tháng đầu năm 2026: 700, đạt 53,6% kế hoạch năm (1.306); đúng tiến độ (cần từ 47,5%).");
    }
}

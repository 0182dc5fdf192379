package vn.chitieu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.assessment.WorkedExamplesTests.TODAY;
import static vn.chitieu.assessment.WorkedExamplesTests.VI;
import static vn.chitieu.assessment.WorkedExamplesTests.annual2026;
import static vn.chitieu.assessment.WorkedExamplesTests.fiveYear;
import static vn.chitieu.assessment.WorkedExamplesTests.halfYear;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Attainment.Pace;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/** What the worked examples leave open: zero and negative values, gaps, estimates, edits, missing baselines, ranges, order. */
class AssessorEdgeCasesTests {
    private final Assessor assessor = new Assessor();

    private Assessment assess(Goal goal, String period, Actual... actuals) {
        return assessor.assess(goal, List.of(actuals), Period.parse(period), TODAY);
    }

    @Test
    void replacesAZeroBaselineAsOpenSdgDoesInsteadOfDividingByZero() {
        Goal schools = fiveYear("Số trường đạt chuẩn quốc gia", TargetKind.LEVEL, Comparator.GE, "10", "trường", null, false);

        Trajectory t = assess(schools, "2027", Actual.of("2025", "0"), Actual.of("2027", "4")).trajectory();

        assertThat(t.observed()).isFinite().isPositive();
        assertThat(t.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
    }

    @Test
    void measuresATrendThroughNegativeValuesByDifferences() {
        Goal growth = fiveYear("Tốc độ tăng trưởng kinh tế", TargetKind.LEVEL, Comparator.GE, "5", "%", null, false);

        Trajectory t = assess(growth, "2027", Actual.of("2025", "-2"), Actual.of("2027", "1")).trajectory();

        assertThat(t.points()).isTrue();
        assertThat(t.observed()).isEqualTo(1.5);
        assertThat(t.required()).isEqualTo(1.4);
        assertThat(t.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(t.projection()).isEqualByComparingTo("5.50");
    }

    @Test
    void saysWhenTheTrendRunsTheWrongWay() {
        Goal poverty = fiveYear("Tỷ lệ hộ nghèo", TargetKind.LEVEL, Comparator.LE, "2", "%", null, false);

        Trajectory t = assess(poverty, "2027", Actual.of("2025", "5"), Actual.of("2027", "6")).trajectory();

        assertThat(t.ratio()).isNegative();
        assertThat(t.status()).isEqualTo(TrajectoryStatus.DETERIORATING);
        assertThat(t.reason().in(Locale.ENGLISH)).contains("deteriorating");
    }

    @Test
    void callsATargetAlreadyReachedAchievedWhateverItsPace() {
        Goal forest = fiveYear("Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, "42", "%", null, false);

        Assessment result = assess(forest, "2027", Actual.of("2025", "41"), Actual.of("2027", "42.5"));

        assertThat(result.attainment().status()).isEqualTo(AttainmentStatus.EXCEEDED);
        assertThat(result.trajectory().status()).isEqualTo(TrajectoryStatus.ACHIEVED);
    }

    @Test
    void needsTwoYearsOfValuesForATrendAndABaselineForAChange() {
        Goal forest = fiveYear("Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, "42", "%", null, false);
        Goal revenue = fiveYear("Thu ngân sách", TargetKind.CHANGE, Comparator.GE, "10", "%", Direction.UP, true);

        assertThat(assess(forest, "2026-H1", Actual.of("2025", "40"), Actual.of("2026-H1", "41")).trajectory().status())
                .isEqualTo(TrajectoryStatus.NOT_ASSESSABLE);
        Assessment noBase = assess(revenue, "2027", Actual.of("2027", "1150"));
        assertThat(noBase.attainment().status()).isEqualTo(AttainmentStatus.NO_BASELINE);
        assertThat(noBase.trajectory().status()).isEqualTo(TrajectoryStatus.NO_BASELINE);
        assertThat(noBase.attainment().reason().in(VI)).isEqualTo("Chưa có số liệu gốc năm 2025 để tính mức cần đạt.");
    }

    @Test
    void judgesAStockOnItsLatestValueAcrossAGapButAFlowOnlyOnItsOwnPeriod() {
        Goal forest = fiveYear("Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, "42", "%", null, false);
        Goal revenue = annual2026("Thu ngân sách", TargetKind.LEVEL, Comparator.GE, "1306", "triệu đồng", null, Nature.FLOW);

        Attainment stock = assess(forest, "2028", Actual.of("2026", "41")).attainment();
        Attainment flow = assess(revenue, "2026-9M", Actual.of("2026-H1", "700")).attainment();

        assertThat(stock.actualPeriod()).isEqualTo(Period.year(2026));
        assertThat(stock.status()).isEqualTo(AttainmentStatus.PENDING);
        assertThat(flow.status()).isEqualTo(AttainmentStatus.NO_DATA);
        assertThat(flow.reason().in(VI)).isEqualTo("Chưa có số liệu 9 tháng năm 2026.");
    }

    @Test
    void setsAFlowsYearToDateAgainstItsYearInAFiveYearPlanButNeverJudgesTheYearOnPartOfIt() {
        Goal revenue = new Goal("Thu ngân sách", TargetKind.LEVEL, Comparator.GE, new BigDecimal("1306"), null, "triệu đồng", null, false,
                null, null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

        Attainment half = assess(revenue, "2030-H1", Actual.of("2030-H1", "700")).attainment();
        Attainment year = assess(revenue, "2030", Actual.of("2030-H1", "700")).attainment();

        assertThat(revenue.nature()).isEqualTo(Nature.FLOW);
        assertThat(half.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(half.status()).isEqualTo(AttainmentStatus.PENDING);
        assertThat(year.status()).as("the year's own value is missing").isEqualTo(AttainmentStatus.NO_DATA);
    }

    @Test
    void carriesAnEstimateThroughToTheJudgement() {
        Goal revenue = halfYear("Thu ngân sách", Comparator.GE, "85", "triệu đồng");

        Attainment a = assessor.assess(revenue, List.of(new Actual(Period.parse("2025-H2"), new BigDecimal("90"), null, null, true)),
                Period.parse("2025-H2"), TODAY).attainment();

        assertThat(a.estimate()).isTrue();
        assertThat(a.status()).isEqualTo(AttainmentStatus.EXCEEDED);
    }

    @Test
    void judgesByTheTargetAsItIsNowWhenItWasEditedAfterValuesWereEntered() {
        List<Actual> entered = List.of(Actual.of("2025-H2", "92"));
        Goal asAdopted = halfYear("Thu ngân sách", Comparator.GE, "85", "triệu đồng");
        Goal corrected = halfYear("Thu ngân sách", Comparator.GE, "95", "triệu đồng");

        assertThat(assessor.assess(asAdopted, entered, Period.parse("2025-H2"), TODAY).attainment().status())
                .isEqualTo(AttainmentStatus.EXCEEDED);
        Attainment now = assessor.assess(corrected, entered, Period.parse("2025-H2"), TODAY).attainment();
        assertThat(now.status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(now.percentOfPlan()).isEqualByComparingTo("96.8");
    }

    @Test
    void countsAFlowBehindWhenItsShareOfThePlanTrailsTheYear() {
        Goal revenue = annual2026("Thu ngân sách", TargetKind.LEVEL, Comparator.GE, "1306", "triệu đồng", null, Nature.FLOW);

        Attainment a = assess(revenue, "2026-9M", Actual.of("2026-9M", "800")).attainment();

        assertThat(a.pace()).isEqualTo(Pace.BEHIND);
        assertThat(a.status()).isEqualTo(AttainmentStatus.PENDING);
    }

    @Test
    void keepsStrictComparatorsStrictAndRangesInside() {
        Goal above = annual2026("Số lao động có việc làm mới", TargetKind.LEVEL, Comparator.GT, "100", "người", null, Nature.STOCK);
        Goal range = new Goal("Tỷ lệ tăng dân số", TargetKind.LEVEL, Comparator.RANGE, new BigDecimal("65"), new BigDecimal("70"), "%",
                null, false, null, null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(assess(above, "2026", Actual.of("2026", "100")).attainment().status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(assess(range, "2026", Actual.of("2026", "67")).attainment().status()).isEqualTo(AttainmentStatus.MET);
        assertThat(assess(range, "2026", Actual.of("2026", "71")).attainment().status()).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(assess(range, "2026", Actual.of("2026", "71")).attainment().reason().in(VI))
                .isEqualTo("năm 2026: thực hiện 71, ngoài khoảng kế hoạch 65–70.");
    }

    @Test
    void judgesAMilestoneByItsDeadlineAsSeenAtTheEndOfThePeriod() {
        Goal milestone = new Goal("Hoàn thành", TargetKind.MILESTONE, null, null, null, null, null, false, null, LocalDate.of(2026, 7, 15),
                null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(assess(milestone, "2026-H1").attainment().status()).as("the first half ended before the deadline")
                .isEqualTo(AttainmentStatus.PENDING);
        assertThat(assess(milestone, "2026", Actual.achieved("2026", LocalDate.of(2026, 7, 20))).attainment().status())
                .as("achieved late").isEqualTo(AttainmentStatus.NOT_MET);
    }

    @Test
    void countsAnIndicatorFromItsTargets() {
        assertThat(IndicatorStatus.of(List.of(AttainmentStatus.MET, AttainmentStatus.EXCEEDED))).isEqualTo(AttainmentStatus.EXCEEDED);
        assertThat(IndicatorStatus.of(List.of(AttainmentStatus.MET, AttainmentStatus.MET))).isEqualTo(AttainmentStatus.MET);
        assertThat(IndicatorStatus.of(List.of(AttainmentStatus.EXCEEDED, AttainmentStatus.NOT_MET))).isEqualTo(AttainmentStatus.NOT_MET);
        assertThat(IndicatorStatus.of(List.of(AttainmentStatus.MET, AttainmentStatus.PENDING, AttainmentStatus.NO_DATA)))
                .isEqualTo(AttainmentStatus.NO_DATA);
        assertThat(IndicatorStatus.of(List.of(AttainmentStatus.EXCEEDED, AttainmentStatus.PENDING))).isEqualTo(AttainmentStatus.PENDING);
        var counts = java.util.Map.of(AttainmentStatus.EXCEEDED, 7, AttainmentStatus.MET, 11, AttainmentStatus.NOT_MET, 3);
        assertThat(IndicatorStatus.summary(counts).in(VI)).isEqualTo("Có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó 7 chỉ tiêu vượt.");
        assertThat(IndicatorStatus.summary(counts).in(Locale.ENGLISH)).isEqualTo("18 of 21 indicators met or exceeded the plan, 7 of them exceeded.");
    }

    @Test
    void readsWritesAndOrdersPeriods() {
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2026"), Period.parse("2026-Q4"), Period.parse("2026-H1"),
                Period.parse("2026-03"), Period.parse("2026-9M"), Period.parse("2025")));
        Collections.sort(periods);

        assertThat(periods).extracting(Period::code).containsExactly("2025", "2026-03", "2026-H1", "2026-9M", "2026-Q4", "2026");
        assertThat(Period.parse("2026-Q3").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-H2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> Period.parse("2026-Q5")).hasMessageContaining("2026-Q5").hasMessageContaining("2026-H1");
        assertThatThrownBy(() -> Period.parse("26")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guessesNatureAndChangeModeAsTheSpecificationSays() {
        assertThat(Nature.guess("Thu ngân sách", "triệu đồng", TargetKind.LEVEL)).isEqualTo(Nature.FLOW);
        assertThat(Nature.guess("Diện tích chè trồng mới", "ha", TargetKind.LEVEL)).isEqualTo(Nature.FLOW);
        assertThat(Nature.guess("Tỷ lệ che phủ rừng", "%", TargetKind.LEVEL)).isEqualTo(Nature.STOCK);
        assertThat(Nature.guess("Số trường đạt chuẩn", "trường", TargetKind.LEVEL)).isEqualTo(Nature.STOCK);
        assertThat(ChangeMode.guess("Tỉ lệ hộ nghèo", "%", null)).isEqualTo(ChangeMode.POINTS);
        assertThat(ChangeMode.guess("Thu ngân sách", "%", null)).isEqualTo(ChangeMode.RELATIVE);
        assertThat(ChangeMode.guess("Số hộ nghèo", "hộ", null)).isEqualTo(ChangeMode.ABSOLUTE);
    }

    @Test
    void hasEveryReasonInBothLanguages() throws IOException {
        Properties vi = bundle("reasons.properties");
        Properties en = bundle("reasons_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        for (AttainmentStatus status : List.of(AttainmentStatus.EXCEEDED, AttainmentStatus.MET, AttainmentStatus.NOT_MET, AttainmentStatus.PENDING)) {
            assertThat(vi).containsKeys("reason.level." + status, "reason.change." + status);
        }
        for (TrajectoryStatus status : List.of(TrajectoryStatus.ON_TRACK, TrajectoryStatus.ACCELERATE, TrajectoryStatus.LIMITED,
                TrajectoryStatus.DETERIORATING)) {
            assertThat(vi).containsKeys("reason.trajectory." + status, "reason.trajectory." + status + ".points");
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}

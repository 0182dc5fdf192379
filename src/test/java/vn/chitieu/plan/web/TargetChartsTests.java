package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Assessment;
import vn.chitieu.assessment.Assessor;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Goal;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.Assessments.TargetResult;

class TargetChartsTests {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    TargetChartsTests() {
        messages.setBasename("messages/monitor");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Worked example 5 of spec/assessment.md: revenue to grow 10 % a year from 1,000 in 2025; 1,150 in 2027. */
    @Test
    void drawsTheValuesThePlanTheCompoundPathAndTheProjection() throws Exception {
        Goal goal = new Goal("Thu ngân sách trên địa bàn", TargetKind.CHANGE, Comparator.GE, new BigDecimal("10"), null, "%",
                Direction.UP, true, null, null, new BigDecimal("1000"), 2025, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        List<Actual> values = List.of(Actual.of("2027-H1", "600"), Actual.of("2025", "1000"), Actual.of("2027", "1150"));
        JsonNode chart = chart(goal, values, "2027");

        assertThat(chart.get("unit").asText()).as("10 %/năm is the growth, not the unit of the values").isEmpty();
        assertThat(chart.get("min").asDouble()).isEqualTo(2026.0);
        assertThat(chart.get("max").asDouble()).isEqualTo(2031.0);
        JsonNode actual = chart.at("/series/actual");
        assertThat(actual).hasSize(3);
        assertThat(actual.get(0).get("x").asDouble()).isEqualTo(2026.0);
        assertThat(actual.get(0).get("label").asText()).isEqualTo("Năm 2025");
        assertThat(actual.get(1).get("x").asDouble()).isEqualTo(2027.5);
        assertThat(actual.get(1).get("label").asText()).isEqualTo("6 tháng đầu năm 2027");
        assertThat(actual.get(2).get("y").decimalValue()).isEqualByComparingTo("1150");

        JsonNode path = chart.at("/series/path");
        assertThat(path).hasSize(6);
        assertThat(path.get(0).get("y").asDouble()).isEqualTo(1000.0);
        assertThat(path.get(1).get("y").asDouble()).isCloseTo(1100.0, within(0.01));
        assertThat(path.get(5).get("x").asDouble()).isEqualTo(2031.0);
        assertThat(path.get(5).get("y").asDouble()).isCloseTo(1610.51, within(0.01));
        assertThat(chart.at("/series/plan").isMissingNode()).as("a yearly change is drawn as its path, year by year").isTrue();

        JsonNode projection = chart.at("/series/projection");
        assertThat(projection.get(0).get("x").asDouble()).isEqualTo(2028.0);
        assertThat(projection.get(0).get("y").asDouble()).isEqualTo(1150.0);
        assertThat(projection.get(1).get("x").asDouble()).isEqualTo(2031.0);
        assertThat(projection.get(1).get("y").asDouble()).isCloseTo(1418.2, within(0.05));
        assertThat(chart.at("/labels/path").asText()).isEqualTo("Lộ trình cần đạt");
    }

    @Test
    void aLevelFollowsTheGrowthRateTheTrajectoryJudgesAndValuesAfterThePeriodAreLeftOut() throws Exception {
        Goal goal = new Goal("Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, new BigDecimal("44"), null, "%", null, false, null,
                null, new BigDecimal("40"), 2025, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        JsonNode chart = chart(goal, List.of(Actual.of("2026", "41"), Actual.of("2027", "42")), "2026");

        assertThat(chart.at("/series/actual")).hasSize(1);
        JsonNode path = chart.at("/series/path");
        assertThat(path.get(1).get("y").asDouble()).isEqualTo(40.77);
        assertThat(path.get(5).get("y").asDouble()).isEqualTo(44.0);
    }

    @Test
    void aChangeInPointsFollowsAStraightPath() throws Exception {
        Goal goal = new Goal("Tỷ lệ hộ nghèo đa chiều", TargetKind.CHANGE, Comparator.GE, new BigDecimal("1"), null, "%", Direction.DOWN, true,
                null, null, new BigDecimal("6"), 2025, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        JsonNode chart = chart(goal, List.of(Actual.of("2026", "5.5"), Actual.of("2027", "5.2")), "2027");

        assertThat(chart.get("unit").asText()).isEqualTo("%");
        assertThat(chart.at("/series/path")).extracting(p -> p.get("y").asDouble()).containsExactly(6.0, 5.0, 4.0, 3.0, 2.0, 1.0);
    }

    @Test
    void aHalfYearPlanWithoutBaselineSpansItsOwnSixMonths() throws Exception {
        Goal goal = new Goal("Thu ngân sách nhà nước trên địa bàn", TargetKind.LEVEL, Comparator.GE, new BigDecimal("85"), null,
                "triệu đồng", null, false, null, null, null, null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
        JsonNode chart = chart(goal, List.of(Actual.of("2025-H2", "92.5")), "2025-H2");

        assertThat(chart.get("min").asDouble()).isEqualTo(2025.5);
        assertThat(chart.get("max").asDouble()).isEqualTo(2026.0);
        assertThat(chart.at("/series/plan")).extracting(p -> p.get("y").asDouble()).containsExactly(85.0, 85.0);
        assertThat(chart.at("/series/path").isMissingNode()).isTrue();
        assertThat(chart.at("/series/projection").isMissingNode()).isTrue();
    }

    @Test
    void beforeTheFirstYearsValueThePathStillLeadsToTheTargetAndNothingIsProjected() throws Exception {
        Goal goal = new Goal("Thu ngân sách trên địa bàn", TargetKind.CHANGE, Comparator.GE, new BigDecimal("10"), null, "%",
                Direction.UP, true, null, null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        JsonNode chart = chart(goal, List.of(Actual.of("2025", "1000"), Actual.of("2026-H1", "520")), "2026-H1");

        JsonNode path = chart.at("/series/path");
        assertThat(path.get(0).get("y").asDouble()).isEqualTo(1000.0);
        assertThat(path.get(5).get("y").asDouble()).isCloseTo(1610.51, within(0.01));
        assertThat(chart.at("/series/projection").isMissingNode()).isTrue();
    }

    @Test
    void aFlowShowsThePartsOfTheAssessedYearOnlyBesideTheYearsTotals() throws Exception {
        Goal goal = new Goal("Tổng sản lượng lương thực", TargetKind.LEVEL, Comparator.GE, new BigDecimal("4000"), null, "tấn", null, false,
                null, null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(goal.nature()).isEqualTo(vn.chitieu.assessment.Nature.FLOW);
        JsonNode chart = chart(goal, List.of(Actual.of("2026-H1", "1700"), Actual.of("2026", "3900"), Actual.of("2027-H1", "1800")),
                "2027-H1");

        assertThat(chart.at("/series/actual")).extracting(p -> p.get("label").asText())
                .containsExactly("Năm 2026", "6 tháng đầu năm 2027");
    }

    @Test
    void writesTheValuesBehindTheChartAsATableTheVietnameseWay() {
        Goal goal = new Goal("Tổng sản lượng lương thực", TargetKind.LEVEL, Comparator.GE, new BigDecimal("4000"), null, "tấn", null, false,
                null, null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        Actual estimate = new Actual(Period.parse("2026"), new BigDecimal("3865.28"), null, null, true);
        String table = TargetCharts.historyTable(result(goal, List.of(Actual.of("2025", "1306.5"), estimate), "2026"), messages, VI);

        assertThat(table).startsWith("<table class=\"rv-chart-data\"><caption>Số liệu đã nhập</caption>")
                .contains("<tr><td>Năm 2025</td><td class=\"number\">1.306,5</td></tr>",
                        "<tr><td>Năm 2026</td><td class=\"number\">3.865,28 <span class=\"rv-badge\">ước</span></td></tr>")
                .endsWith("</tbody></table>");
        assertThat(TargetCharts.historyTable(result(goal, List.of(), "2026"), messages, VI)).isEmpty();
    }

    @Test
    void aMilestoneHasNoChart() {
        Goal goal = new Goal("Xã đạt chuẩn nông thôn mới", TargetKind.MILESTONE, null, null, null, null, null, false, null,
                LocalDate.of(2027, 12, 31), null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(TargetCharts.json(result(goal, List.of(), "2026"), Period.parse("2026"), messages, VI)).isNull();
    }

    @Test
    void theBarSharesItsWidthByCountBestFirst() {
        CountBar bar = CountBar.of(Map.of(AttainmentStatus.NOT_MET, 1, AttainmentStatus.EXCEEDED, 3));
        assertThat(bar.total()).isEqualTo(4);
        assertThat(bar.parts()).extracting(CountBar.Part::status).containsExactly(AttainmentStatus.EXCEEDED, AttainmentStatus.NOT_MET);
        assertThat(bar.parts().get(1).x()).isEqualTo(75.0);
        assertThat(bar.parts().get(1).width()).isEqualTo(25.0);
        assertThat(CountBar.of(Map.of()).parts()).isEmpty();
    }

    private JsonNode chart(Goal goal, List<Actual> values, String period) throws Exception {
        String json = TargetCharts.json(result(goal, values, period), Period.parse(period), messages, VI);
        assertThat(json).isNotNull();
        return JSON.readTree(json);
    }

    private static TargetResult result(Goal goal, List<Actual> values, String period) {
        Period p = Period.parse(period);
        Assessment assessment = new Assessor().assess(goal, values, p, LocalDate.of(2028, 3, 1));
        List<Actual> history = values.stream().filter(a -> !a.period().end().isAfter(p.end())).sorted(java.util.Comparator.comparing(Actual::period))
                .toList();
        return new TargetResult(1, 1, goal.subject(), goal.unit(), assessment, "", null, goal, history, null);
    }
}

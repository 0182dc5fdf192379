package vn.chitieu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import vn.chitieu.assessment.IndicatorStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Assessments.TargetResult;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.Target;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ImplementationReport.Row;

/** The report's words and numbers from an assessment, on cases the seeds do not show. */
class ReportTextTests {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final AdministrativeUnit KHOEN_ON = new AdministrativeUnit("03640", "Khoen On", "xã",
            AdministrativeUnit.Level.COMMUNE, "12");
    private final ReportText text = new ReportText(messages(), VI);

    @Test
    void numbersEachGroupOnceThoughItsIndicatorsAreApart() {
        ImplementationReport report = report(null, List.of(
                indicator(1, IndicatorGroup.ECONOMY, level(10, "Thu ngân sách", "triệu đồng", "100"), List.of()),
                indicator(2, IndicatorGroup.ENVIRONMENT, level(20, "Tỷ lệ che phủ rừng", "%", "42"), List.of()),
                indicator(3, IndicatorGroup.ECONOMY, level(30, "Sản lượng lương thực", "tấn", "3000"), List.of())));
        List<Row> groups = report.appendix().rows().stream().filter(Row::group).toList();
        assertThat(groups).extracting(Row::no, Row::indicator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("I", "Về kinh tế"), org.assertj.core.groups.Tuple.tuple("II", "Về tài nguyên và môi trường"));
        assertThat(report.sections()).extracting(ImplementationReport.Section::heading)
                .containsExactly("1. Về kinh tế", "2. Về tài nguyên và môi trường");
        assertThat(report.sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void namesALevelKnownFromAnEarlierPeriodAndComparesWithTheYearEndBefore() {
        List<Actual> values = List.of(new Actual(Period.parse("2024"), new BigDecimal("37"), null, null, false),
                new Actual(Period.parse("2025-H1"), new BigDecimal("39"), null, null, false));
        ImplementationReport report = report("13/NQ-HĐND", List.of(
                indicator(1, IndicatorGroup.ENVIRONMENT, level(20, "Tỷ lệ che phủ rừng", "%", "42"), values)));
        String sentence = report.sections().get(0).paragraphs().get(0);
        assertThat(sentence).startsWith("Tỷ lệ che phủ rừng: thực hiện 39 % (số liệu 6 tháng đầu năm 2025)")
                .contains("cùng kỳ năm trước 37 %").doesNotContain("bằng");
        Row row = report.appendix().rows().get(1);
        assertThat(row.actual()).isEqualByComparingTo("39");
        assertThat(row.lastYear()).isEqualByComparingTo("37");
        assertThat(row.percentOfLastYear()).isNull();
        assertThat(row.assessment()).endsWith("(số liệu 6 tháng đầu năm 2025)");
    }

    @Test
    void comparesAFlowWithTheSamePeriodAYearBefore() {
        List<Actual> values = List.of(new Actual(Period.parse("2024-H2"), new BigDecimal("80"), null, null, false),
                new Actual(H2_2025, new BigDecimal("92.5"), null, null, false));
        ImplementationReport report = report("13/NQ-HĐND", List.of(
                indicator(1, IndicatorGroup.ECONOMY, level(10, "Thu ngân sách", "triệu đồng", "85"), values)));
        assertThat(report.sections().get(0).paragraphs().get(0))
                .isEqualTo("Thu ngân sách: thực hiện 92,5 triệu đồng, đạt 108,8 % kế hoạch (≥ 85 triệu đồng); cùng kỳ năm trước "
                        + "80 triệu đồng (bằng 115,6 %); đánh giá: vượt.");
    }

    @Test
    void aTargetWithoutSubjectIsNamedByItsIndicatorAndAResolutionWithoutNumberReadsWell() {
        Target nameless = level(10, null, "%", "90");
        List<Actual> values = List.of(new Actual(H2_2025, new BigDecimal("80"), null, null, false));
        ImplementationReport report = report(null, List.of(indicator(1, IndicatorGroup.SOCIETY, nameless, values)));
        assertThat(report.sections().get(0).paragraphs().get(0)).startsWith("Chỉ tiêu số 1 của nghị quyết: thực hiện 80 %");
        assertThat(report.summary()).endsWith("các chỉ tiêu không đạt: Chỉ tiêu số 1 của nghị quyết.");
        assertThat(report.title().get(1))
                .isEqualTo("Tình hình thực hiện Nghị quyết ngày 30/07/2025 của Hội đồng nhân dân xã Khoen On, 6 tháng cuối năm 2025");
        assertThat(report.closing()).startsWith("Trên đây là báo cáo tình hình thực hiện Nghị quyết 6 tháng cuối năm 2025,");
    }

    @Test
    void saysAnOfficialReportOfAPeriodNotApprovedHoldsApprovedValuesOnly() {
        List<Indicator> indicators = List.of(indicator(1, IndicatorGroup.ECONOMY, level(10, "Thu ngân sách", "triệu đồng", "85"),
                List.of()).indicator());
        Resolution resolution = resolution("13/NQ-HĐND", indicators);
        Assessments.Result result = assess(indicators, Map.of());
        assertThat(text.commune(resolution, KHOEN_ON, H2_2025, result, LocalDate.of(2026, 1, 10), false, false).summary())
                .endsWith("Báo cáo 6 tháng cuối năm 2025 chưa được duyệt: báo cáo này chỉ dùng số liệu đã được duyệt.");
        assertThat(text.commune(resolution, KHOEN_ON, H2_2025, result, LocalDate.of(2026, 1, 10), true, false).summary())
                .doesNotContain("chưa được duyệt");
    }

    private ImplementationReport report(String number, List<IndicatorWithValues> indicators) {
        List<Indicator> plain = indicators.stream().map(IndicatorWithValues::indicator).toList();
        Map<Long, List<Actual>> values = new java.util.HashMap<>();
        indicators.forEach(i -> values.put(i.indicator().targets().get(0).id(), i.values()));
        return text.commune(resolution(number, plain), KHOEN_ON, H2_2025, assess(plain, values), LocalDate.of(2026, 1, 10), false, true);
    }

    record IndicatorWithValues(Indicator indicator, List<Actual> values) {}

    private static IndicatorWithValues indicator(int no, IndicatorGroup group, Target target, List<Actual> values) {
        return new IndicatorWithValues(new Indicator((long) no, no, group, null, "Chỉ tiêu số " + no + " của nghị quyết", null,
                List.of(target)), values);
    }

    private static Target level(long id, String subject, String unit, String value) {
        return new Target(id, subject, TargetKind.LEVEL, Comparator.GE, new BigDecimal(value), null, unit, false, null, null, false,
                null, null, null, null, List.of());
    }

    private static Resolution resolution(String number, List<Indicator> indicators) {
        DocumentInfo document = new DocumentInfo("NGHI_QUYET", number, null, null, null, null, LocalDate.of(2025, 7, 30), null, null,
                null, new DocumentInfo.PlanPeriod(DocumentInfo.PeriodKind.ANNUAL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                null, List.of(), false);
        return new Resolution(1L, "03640", ResolutionStatus.ADOPTED, false, 3, new ResolutionContent(document, List.of(), indicators,
                List.of(), List.of()), null, "a", null, "a", null, null, null);
    }

    /** What Assessments does, without a database: the same Assessor on the same goals. */
    private static Assessments.Result assess(List<Indicator> indicators, Map<Long, List<Actual>> values) {
        Assessor assessor = new Assessor();
        List<TargetResult> targets = new ArrayList<>();
        List<Assessments.IndicatorResult> results = new ArrayList<>();
        Map<AttainmentStatus, Integer> counts = new EnumMap<>(AttainmentStatus.class);
        for (Indicator indicator : indicators) {
            Target t = indicator.targets().get(0);
            Goal goal = new Goal(t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), t.unit(), t.direction(), t.perYear(),
                    t.year(), t.deadline(), null, null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            List<Actual> known = values.getOrDefault(t.id(), List.of());
            Assessment assessment = assessor.assess(goal, known, H2_2025, LocalDate.of(2026, 1, 10));
            targets.add(new TargetResult(t.id(), indicator.no(), t.subject(), t.unit(), assessment, assessment.attainment().reason().in(VI),
                    null, goal, known, null));
            AttainmentStatus status = IndicatorStatus.of(List.of(assessment.attainment().status()));
            counts.merge(status, 1, Integer::sum);
            results.add(new Assessments.IndicatorResult(indicator.no(), indicator.text(), status));
        }
        return new Assessments.Result(1, H2_2025.code(), targets, results, counts, IndicatorStatus.summary(counts).in(VI));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/report", "messages/monitor", "messages/review", "messages/plan");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

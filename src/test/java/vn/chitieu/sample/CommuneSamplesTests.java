package vn.chitieu.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.monitoring.PeriodPlan;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.plan.Target;
import vn.chitieu.sample.CommuneSample.Entry;
import vn.chitieu.sample.CommuneSample.PlanSample;
import vn.chitieu.sample.CommuneSample.Report;

class CommuneSamplesTests {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final AdministrativeUnit PROVINCE = new AdministrativeUnit("08", "Tuyên Quang", "tỉnh", AdministrativeUnit.Level.PROVINCE,
            null);
    private static final Set<String> FLOWS = Set.of("Thu ngân sách nhà nước trên địa bàn", "Số lượt khách du lịch",
            "Tổng sản lượng lương thực có hạt", "Thu nhập bình quân đầu người");
    private final CommuneSamples samples = new CommuneSamples(new SampleSettings(2, 25, 5, 42, AS_OF));

    @Test
    void makesTheSameCommuneFromTheSameSeedAndAnotherFromAnother() {
        CommuneSample once = samples.make(commune(1, "xã"), PROVINCE);
        CommuneSample again = samples.make(commune(1, "xã"), PROVINCE);
        CommuneSample otherSeed = new CommuneSamples(new SampleSettings(2, 25, 5, 43, AS_OF)).make(commune(1, "xã"), PROVINCE);

        assertThat(again).isEqualTo(once);
        assertThat(otherSeed.plans().get(0).values()).isNotEqualTo(once.plans().get(0).values());
    }

    @Test
    void writesAFiveYearPlanEndingLastYearAndThisYearsPlanWithTheTargetsAskedFor() {
        for (String type : List.of("xã", "phường", "đặc khu")) {
            CommuneSample sample = samples.make(commune(7, type), PROVINCE);
            assertThat(sample.plans()).hasSize(2);
            PlanSample fiveYear = sample.plans().get(0);
            PlanSample annual = sample.plans().get(1);
            assertThat(fiveYear.resolution().content().document().period().start()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(fiveYear.resolution().content().document().period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(annual.resolution().content().document().title()).endsWith("năm 2026");
            for (PlanSample plan : sample.plans()) {
                assertThat(plan.targets()).as(type).hasSize(25);
                assertThat(plan.resolution().content().problemsForAdoption()).as("the application would adopt it").isEmpty();
                assertThat(plan.resolution().content().document().issuer()).isEqualTo("Hội đồng nhân dân " + type + " Xã 7");
            }
        }
    }

    @Test
    void givesEveryPlanEveryKindOfTargetTheAssessmentJudges() {
        for (int c = 0; c < 40; c++) {
            for (PlanSample plan : samples.make(commune(c, c % 3 == 0 ? "phường" : "xã"), PROVINCE).plans()) {
                List<Target> targets = plan.targets();
                assertThat(targets).anyMatch(t -> t.kind() == TargetKind.LEVEL && t.comparator() == Comparator.GE)
                        .anyMatch(t -> t.kind() == TargetKind.LEVEL && t.comparator() == Comparator.LE)
                        .anyMatch(t -> t.kind() == TargetKind.LEVEL && t.comparator() == Comparator.APPROX)
                        .anyMatch(t -> t.kind() == TargetKind.LEVEL && t.comparator() == Comparator.RANGE && t.valueMax().compareTo(t.value()) > 0)
                        .anyMatch(t -> t.kind() == TargetKind.CHANGE && "%".equals(t.unit()) && t.subject().startsWith("Tỷ lệ"))
                        .anyMatch(t -> t.kind() == TargetKind.CHANGE && "%".equals(t.unit()) && !t.subject().startsWith("Tỷ lệ"))
                        .anyMatch(t -> t.kind() == TargetKind.MAINTAIN)
                        .anyMatch(t -> t.kind() == TargetKind.MILESTONE);
                boolean fiveYear = plan.resolution().content().document().period().end().getYear() == 2025;
                assertThat(targets.stream().anyMatch(t -> t.kind() == TargetKind.CHANGE && t.perYear())).isEqualTo(fiveYear);
            }
        }
    }

    @Test
    void entersPlausibleValuesForThePeriodsThePlanOpensUpToTheDay() {
        for (int c = 0; c < 40; c++) {
            for (PlanSample plan : samples.make(commune(c, c % 3 == 0 ? "phường" : "xã"), PROVINCE).plans()) {
                var period = plan.resolution().content().document().period();
                List<Period> opened = PeriodPlan.of(period.start(), period.end());
                for (Entry value : plan.values()) {
                    Target target = plan.targets().get(value.target());
                    assertThat(opened).contains(value.period());
                    assertThat(value.period().end()).isBefore(AS_OF);
                    assertThat(value.at()).isBefore(AS_OF.atStartOfDay(PlanReporting.VIETNAM).toInstant().plusSeconds(86_400));
                    assertThat(value.by()).startsWith("cb.");
                    if (target.kind() == TargetKind.MILESTONE) {
                        assertThat(value.value()).isNull();
                        assertThat(value.achieved()).isNotNull();
                        assertThat(value.on() != null).isEqualTo(value.achieved());
                    } else {
                        assertThat(value.value()).isNotNull().isNotNegative();
                        if ("%".equals(target.unit()) && target.kind() != TargetKind.CHANGE) {
                            assertThat(value.value()).isLessThanOrEqualTo(BigDecimal.valueOf(100));
                        }
                    }
                }
            }
        }
    }

    @Test
    void reportsMostOldPeriodsApprovedSomeSubmittedOrReturnedAFewNeverAndTheLatestStillInDraft() {
        Map<PeriodStatus, Integer> old = new EnumMap<>(PeriodStatus.class);
        Map<PeriodStatus, Integer> latest = new EnumMap<>(PeriodStatus.class);
        int neverSubmitted = 0;
        for (int c = 0; c < 60; c++) {
            for (PlanSample plan : samples.make(commune(c, "xã"), PROVINCE).plans()) {
                for (Report report : plan.reports()) {
                    boolean recent = report.period().end().plusDays(90).isAfter(AS_OF);
                    (recent ? latest : old).merge(report.status(), 1, Integer::sum);
                    neverSubmitted += !recent && report.steps().isEmpty() ? 1 : 0;
                    assertThat(report.steps().isEmpty()).isEqualTo(report.status() == PeriodStatus.DRAFT);
                    assertThat(report.reason() != null).isEqualTo(report.status() == PeriodStatus.RETURNED);
                    if (!report.steps().isEmpty()) {
                        assertThat(report.steps().get(report.steps().size() - 1).to()).isEqualTo(report.status());
                    }
                }
            }
        }
        int oldTotal = old.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(old.get(PeriodStatus.APPROVED)).isGreaterThan(oldTotal * 3 / 4);
        assertThat(old).containsKeys(PeriodStatus.SUBMITTED, PeriodStatus.RETURNED);
        assertThat(neverSubmitted).isPositive().isLessThan(oldTotal / 10);
        assertThat(latest).containsOnlyKeys(PeriodStatus.DRAFT, PeriodStatus.SUBMITTED, PeriodStatus.RETURNED);
    }

    @Test
    void explainsEveryValueMoreThanHalfAwayFromTheLastOneAsSubmittingAsks() {
        for (int c = 0; c < 40; c++) {
            for (PlanSample plan : samples.make(commune(c, "xã"), PROVINCE).plans()) {
                Map<String, Entry> previous = new HashMap<>();
                List<Entry> sorted = new ArrayList<>(plan.values());
                sorted.sort(java.util.Comparator.comparing(Entry::period));
                for (Entry value : sorted) {
                    String key = value.target() + "/" + value.period().kind();
                    Entry before = previous.get(key);
                    if (value.value() != null && before != null && before.value().signum() != 0 && value.value().subtract(before.value()).abs()
                            .divide(before.value(), 4, RoundingMode.HALF_UP).compareTo(new BigDecimal("0.5")) > 0) {
                        assertThat(value.note()).as(value.toString()).isNotNull();
                    }
                    if (value.value() != null) {
                        previous.put(key, value);
                    }
                }
            }
        }
    }

    @Test
    void leavesAFewValuesOutMarksSomeAsEstimatesAndKeepsAFlowsHalfYearBelowItsYear() {
        int expected = 0;
        int entered = 0;
        int estimates = 0;
        int flowsCompared = 0;
        for (int c = 0; c < 20; c++) {
            PlanSample plan = samples.make(commune(c, "xã"), PROVINCE).plans().get(0);
            expected += plan.reports().size() * plan.targets().size();
            entered += plan.values().size();
            estimates += (int) plan.values().stream().filter(Entry::estimate).count();
            for (int flow : IntStream.range(0, plan.targets().size()).filter(t -> FLOWS.contains(plan.targets().get(t).subject())).toArray()) {
                Map<Period, BigDecimal> values = new HashMap<>();
                plan.values().stream().filter(v -> v.target() == flow).forEach(v -> values.put(v.period(), v.value()));
                for (int year = 2021; year <= 2025; year++) {
                    BigDecimal half = values.get(Period.parse(year + "-H1"));
                    BigDecimal whole = values.get(Period.year(year));
                    if (half != null && whole != null) {
                        assertThat(half).isLessThan(whole);
                        flowsCompared++;
                    }
                }
            }
        }
        assertThat(flowsCompared).isGreaterThan(20);
        assertThat(entered).isLessThan(expected).isGreaterThan(expected * 8 / 10);
        assertThat(estimates).isBetween(entered / 20, entered / 3);
    }

    @Test
    void startsThisYearsPlanFromWhereTheFiveYearPlanEnded() {
        CommuneSample sample = samples.make(commune(3, "xã"), PROVINCE);
        Map<String, BigDecimal> fiveYearEnd = yearValues(sample.plans().get(0), 2025);
        Map<String, BigDecimal> annualBase = yearValues(sample.plans().get(1), 2025);
        Set<String> both = new java.util.HashSet<>(fiveYearEnd.keySet());
        both.retainAll(annualBase.keySet());

        assertThat(both).isNotEmpty();
        both.forEach(subject -> assertThat(annualBase.get(subject)).as(subject).isEqualTo(fiveYearEnd.get(subject)));
    }

    private static Map<String, BigDecimal> yearValues(PlanSample plan, int year) {
        Map<String, BigDecimal> values = new HashMap<>();
        plan.values().stream().filter(v -> v.period().equals(Period.year(year)) && v.value() != null)
                .forEach(v -> values.put(plan.targets().get(v.target()).subject(), v.value()));
        return values;
    }

    private static AdministrativeUnit commune(int n, String type) {
        return new AdministrativeUnit(String.format("%05d", 700 + n), "Xã " + n, type, AdministrativeUnit.Level.COMMUNE, "08");
    }
}

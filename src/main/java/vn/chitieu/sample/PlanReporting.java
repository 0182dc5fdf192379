package vn.chitieu.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.PeriodPlan;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.sample.CommuneSample.Entry;
import vn.chitieu.sample.CommuneSample.Report;
import vn.chitieu.sample.CommuneSample.Step;
import vn.chitieu.sample.PlanTargets.Planned;

/**
 * A plan's months of reporting up to the data's day: the values its officer entered for the periods
 * communes report on (the year, the first half, the first quarter, nine months), some of them
 * estimates, a few missing; and each period's report: most older ones approved, some submitted or
 * returned with a reason, a few never submitted, the latest still being filled in.
 */
final class PlanReporting {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> NOTES = List.of("Số liệu theo báo cáo của Chi cục Thống kê khu vực",
            "Số liệu do bộ phận chuyên môn của UBND cung cấp", "Đã đối chiếu với số liệu của cơ quan chuyên môn cấp tỉnh");
    private static final String ESTIMATE_NOTE = "Số ước thực hiện, sẽ cập nhật khi có số liệu chính thức";
    private static final List<String> LARGE_CHANGE_NOTES = List.of("Biến động lớn do sắp xếp lại đơn vị hành chính, đã rà soát lại số liệu",
            "Đã kiểm tra lại, số liệu đúng theo báo cáo của cơ sở", "Thay đổi do điều chỉnh phương pháp thống kê của cấp trên");
    private static final List<String> RETURN_REASONS = List.of("Đề nghị bổ sung số liệu các chỉ tiêu còn thiếu",
            "Số liệu tỷ lệ hộ nghèo chưa khớp với kết quả rà soát, đề nghị kiểm tra lại",
            "Đề nghị ghi rõ nguồn số liệu của các chỉ tiêu ước thực hiện",
            "Thiếu thuyết minh nguyên nhân các chỉ tiêu không đạt kế hoạch",
            "Số liệu thu ngân sách chưa thống nhất với báo cáo của Kho bạc");

    private final LocalDate asOf;
    private final Instant latest;

    PlanReporting(LocalDate asOf) {
        this.asOf = asOf;
        this.latest = asOf.atTime(7, 30).atZone(VIETNAM).toInstant();
    }

    /** The values and reports of a plan adopted at {@code adoptedAt}; milestones happen when their pace says. */
    Result report(SamplePlan plan, List<Planned> targets, Map<Measure, Course> courses, Instant adoptedAt, String officer, String leader,
            Random random) {
        List<Period> periods = PeriodPlan.of(plan.start(), plan.end()).stream().filter(p -> p.end().isBefore(asOf) && reported(p)).toList();
        Map<Integer, LocalDate> milestones = new HashMap<>();
        for (int t = 0; t < targets.size(); t++) {
            Planned planned = targets.get(t);
            if (planned.target().kind() == TargetKind.MILESTONE) {
                milestones.put(t, happens(planned, plan, courses.get(planned.measure()).pace(), random));
            }
        }
        List<Entry> values = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Period period : periods) {
            boolean recent = period.equals(periods.get(periods.size() - 1)) || period.end().plusDays(90).isAfter(asOf);
            PeriodStatus status = fate(recent, random);
            double missing = period.year() == plan.baseYear() ? 0.01 : status == null ? 0.3 : status == PeriodStatus.DRAFT ? 0.2 : 0.015;
            Instant lastEntry = adoptedAt;
            for (int t = 0; t < targets.size(); t++) {
                boolean milestone = targets.get(t).target().kind() == TargetKind.MILESTONE;
                if (random.nextDouble() < missing || milestone && period.year() == plan.baseYear()) {
                    continue;
                }
                Entry entry = entry(t, targets.get(t), period, milestone ? milestones.get(t) : null, courses, recent, adoptedAt, officer, random);
                values.add(entry);
                lastEntry = entry.at().isAfter(lastEntry) ? entry.at() : lastEntry;
            }
            reports.add(new Report(period, status == null ? PeriodStatus.DRAFT : status, steps(status, lastEntry, officer, leader, random)));
        }
        return new Result(explained(values, random), reports);
    }

    /** The values entered and the reports of one plan. */
    record Result(List<Entry> values, List<Report> reports) {}

    /** The periods communes report on: the year, the first half-year, the first quarter and nine months. */
    static boolean reported(Period period) {
        return switch (period.kind()) {
            case YEAR, NINE_MONTHS -> true;
            case HALF_YEAR, QUARTER -> period.number() == 1;
            case MONTH -> false;
        };
    }

    /** Where a period's report ends up; {@code null} for one never submitted although it is overdue. */
    private static PeriodStatus fate(boolean recent, Random random) {
        double draw = random.nextDouble();
        if (recent) {
            return draw < 0.45 ? PeriodStatus.DRAFT : draw < 0.80 ? PeriodStatus.SUBMITTED : PeriodStatus.RETURNED;
        }
        return draw < 0.86 ? PeriodStatus.APPROVED : draw < 0.89 ? PeriodStatus.SUBMITTED : draw < 0.93 ? PeriodStatus.RETURNED : null;
    }

    private Entry entry(int t, Planned planned, Period period, LocalDate achievedOn, Map<Measure, Course> courses, boolean recent,
            Instant adoptedAt, String officer, Random random) {
        boolean estimate = random.nextDouble() < (recent ? 0.4 : period.kind() == Period.Kind.YEAR || period.kind() == Period.Kind.NINE_MONTHS
                ? 0.25 : 0.08);
        Instant at = office(estimate ? period.end().minusDays(5 + random.nextInt(20)) : period.end().plusDays(3 + random.nextInt(18)), random);
        at = at.isBefore(adoptedAt) ? adoptedAt.plusSeconds(3600 + random.nextInt(86_400)) : at;
        at = at.isAfter(latest) ? latest.minusSeconds(random.nextInt(86_400)) : at;
        String note = estimate && random.nextDouble() < 0.3 ? ESTIMATE_NOTE : random.nextDouble() < 0.03 ? pick(NOTES, random) : null;
        if (planned.target().kind() == TargetKind.MILESTONE) {
            boolean achieved = achievedOn != null && !achievedOn.isAfter(period.end());
            return new Entry(t, period, null, achieved, achieved ? achievedOn : null, false, note, officer, at);
        }
        BigDecimal value = courses.get(planned.measure()).value(period, random);
        return new Entry(t, period, value, null, null, estimate, note, officer, at);
    }

    /** The day a milestone is reached: early when ahead, near its deadline when on pace, late or not yet when behind. */
    private static LocalDate happens(Planned planned, SamplePlan plan, Course.Pace pace, Random random) {
        LocalDate horizon = planned.target().deadline() != null ? planned.target().deadline()
                : LocalDate.of(planned.target().year() != null ? planned.target().year() : plan.endYear(), 12, 31);
        LocalDate day = switch (pace) {
            case AHEAD -> horizon.minusDays(120 + random.nextInt(480));
            case ON -> horizon.minusDays(random.nextInt(60));
            case BEHIND -> random.nextBoolean() ? null : horizon.plusDays(20 + random.nextInt(280));
        };
        LocalDate earliest = plan.start().plusDays(60);
        return day == null || !day.isBefore(earliest) ? day : earliest.plusDays(random.nextInt(60));
    }

    /**
     * A note on every value more than half away from the target's previous one of the same kind of
     * period, as an officer must write before submitting (Reporting's plausibility check).
     */
    private static List<Entry> explained(List<Entry> values, Random random) {
        Map<String, Entry> previous = new HashMap<>();
        List<Entry> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(Entry::period));
        List<Entry> explained = new ArrayList<>();
        for (Entry value : sorted) {
            String key = value.target() + "/" + value.period().kind();
            Entry before = previous.get(key);
            if (value.value() != null && value.note() == null && before != null && before.value().signum() != 0
                    && value.value().subtract(before.value()).abs().divide(before.value().abs(), 4, RoundingMode.HALF_UP)
                            .compareTo(new BigDecimal("0.5")) > 0) {
                value = new Entry(value.target(), value.period(), value.value(), null, null, value.estimate(), pick(LARGE_CHANGE_NOTES, random),
                        value.by(), value.at());
            }
            if (value.value() != null) {
                previous.put(key, value);
            }
            explained.add(value);
        }
        return explained;
    }

    private List<Step> steps(PeriodStatus status, Instant lastEntry, String officer, String leader, Random random) {
        if (status == null || status == PeriodStatus.DRAFT) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        Instant at = step(steps, PeriodStatus.DRAFT, PeriodStatus.SUBMITTED, null, officer, lastEntry, 1, random);
        if (status == PeriodStatus.RETURNED || status == PeriodStatus.APPROVED && random.nextDouble() < 0.1) {
            at = step(steps, PeriodStatus.SUBMITTED, PeriodStatus.RETURNED, pick(RETURN_REASONS, random), leader, at, 2, random);
            if (status == PeriodStatus.APPROVED) {
                at = step(steps, PeriodStatus.RETURNED, PeriodStatus.SUBMITTED, null, officer, at, 2, random);
            }
        }
        if (status == PeriodStatus.APPROVED) {
            step(steps, PeriodStatus.SUBMITTED, PeriodStatus.APPROVED, null, leader, at, 1, random);
        }
        return steps;
    }

    /** Adds a step a few working days after {@code after}, never after the data's day; answers when it was taken. */
    private Instant step(List<Step> steps, PeriodStatus from, PeriodStatus to, String reason, String by, Instant after, int days, Random random) {
        Instant at = office(after.atZone(VIETNAM).toLocalDate().plusDays(days + random.nextInt(5)), random);
        at = at.isAfter(latest) ? (after.isBefore(latest) ? latest : after.plusSeconds(60)) : at;
        steps.add(new Step(from, to, reason, by, at));
        return at;
    }

    /** A moment of office hours (7:30–17:00, Vietnam time) on a day. */
    private static Instant office(LocalDate day, Random random) {
        return day.atTime(7, 30).plusMinutes(random.nextInt(570)).plusSeconds(random.nextInt(60)).atZone(VIETNAM).toInstant();
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}

package vn.chitieu.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.chitieu.assessment.Period;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.web.Formats;

/**
 * The reports that are late: a half-year or a year of an adopted plan that ended more than
 * {@code chitieu.reports.overdue-after-days} days ago (15 by default) and whose report has not been
 * submitted (still being entered, or returned). Months, quarters and nine months are reported when
 * a commune chooses to, so they are never late.
 */
@Service
public class OverdueReports {
    private final ActualRepository repository;
    private final Clock clock;
    private final int days;

    OverdueReports(ActualRepository repository, Optional<Clock> clock, @Value("${chitieu.reports.overdue-after-days:15}") int days) {
        if (days < 0) {
            throw new IllegalArgumentException("chitieu.reports.overdue-after-days must be 0 or more, not " + days);
        }
        this.repository = repository;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
        this.days = days;
    }

    /**
     * A late report.
     *
     * @param due the last day it could be submitted on time
     * @param daysLate the days since then
     */
    public record Overdue(ResolutionSummary resolution, String period, PeriodStatus status, LocalDate due, long daysLate) {}

    /** The days after a period's end within which its report is due. */
    public int days() {
        return days;
    }

    /** The late reports of these resolutions (the ones the reader may see), the longest overdue first. */
    public List<Overdue> among(List<ResolutionSummary> resolutions) {
        return among(resolutions, LocalDate.now(clock));
    }

    /** The reports of these resolutions late on the given day. */
    public List<Overdue> among(List<ResolutionSummary> resolutions, LocalDate today) {
        List<ResolutionSummary> adopted = resolutions.stream()
                .filter(r -> r.status() != ResolutionStatus.DRAFT && !r.archived() && r.periodStart() != null && r.periodEnd() != null
                        && !r.periodEnd().isBefore(r.periodStart()))
                .toList();
        Map<Long, Map<String, PeriodStatus>> statuses = repository.reportStatuses(adopted.stream().map(ResolutionSummary::id).toList());
        List<Overdue> late = new ArrayList<>();
        for (ResolutionSummary resolution : adopted) {
            Map<String, PeriodStatus> reported = statuses.getOrDefault(resolution.id(), Map.of());
            for (Period period : expected(resolution.periodStart(), resolution.periodEnd())) {
                LocalDate due = period.end().plusDays(days);
                PeriodStatus status = reported.getOrDefault(period.code(), PeriodStatus.DRAFT);
                if (due.isBefore(today) && status.open()) {
                    late.add(new Overdue(resolution, period.code(), status, due, ChronoUnit.DAYS.between(due, today)));
                }
            }
        }
        late.sort(Comparator.comparingLong(Overdue::daysLate).reversed().thenComparing(o -> o.resolution().id()));
        return late;
    }

    /** The reports a plan owes: its half-years and years (not the baseline year). */
    static List<Period> expected(LocalDate start, LocalDate end) {
        return PeriodPlan.of(start, end).stream()
                .filter(p -> p.year() >= start.getYear() && (p.kind() == Period.Kind.HALF_YEAR || p.kind() == Period.Kind.YEAR))
                .toList();
    }
}

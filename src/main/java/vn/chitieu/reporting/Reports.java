package vn.chitieu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Period;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.monitoring.Reporting;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.UnknownUnit;
import vn.chitieu.reporting.internal.ReportText;
import vn.chitieu.reporting.internal.RollUpText;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * The implementation report of a resolution for a period, and a province's roll-up, from approved
 * values unless a draft is asked for (by those who may see values not yet approved).
 */
@Service
public class Reports {
    private final Resolutions resolutions;
    private final Assessments assessments;
    private final Reporting reporting;
    private final Actuals actuals;
    private final AdministrativeUnits units;
    private final MessageSource messages;
    private final Clock clock;

    Reports(Resolutions resolutions, Assessments assessments, Reporting reporting, Actuals actuals, AdministrativeUnits units,
            MessageSource messages, Optional<Clock> clock) {
        this.actuals = actuals;
        this.resolutions = resolutions;
        this.assessments = assessments;
        this.reporting = reporting;
        this.units = units;
        this.messages = messages;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    @Transactional(readOnly = true)
    public ImplementationReport commune(long resolutionId, String periodCode, boolean draft, Optional<Actor> actor, Locale locale) {
        Resolution resolution = resolutions.get(resolutionId, actor);
        if (draft && !resolutions.inScope(resolution, actor)) {
            throw new NotPermitted("a draft report with values not yet approved");
        }
        Period period = Actuals.planPeriod(resolution, periodCode);
        Assessments.Result result = assessments.assess(resolution, period.code(), actor, locale, !draft);
        boolean approved = actuals.periodStatus(resolution, period) == PeriodStatus.APPROVED;
        return new ReportText(messages, locale).commune(resolution, unit(resolution.unitCode()), period, result, today(), draft, approved);
    }

    /**
     * Every commune of the province with a resolution whose plan spans the period, counted by
     * status. For the province's officers (and administrators); others get "not found".
     */
    @Transactional(readOnly = true)
    public RollUp province(String provinceCode, String periodCode, boolean draft, Actor actor, Locale locale) {
        AdministrativeUnit province = units.find(provinceCode).filter(u -> u.level() == AdministrativeUnit.Level.PROVINCE)
                .orElseThrow(() -> new UnknownUnit(provinceCode));
        if (!actor.canRead(province)) {
            throw new UnknownUnit(provinceCode);
        }
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw new ResolutionRejected(new ResolutionProblem("plan.problem.periodInvalid", "period", periodCode));
        }
        RollUpText text = new RollUpText(new ReportText(messages, locale));
        List<RollUpText.Entry> entries = new ArrayList<>();
        for (ResolutionSummary summary : resolutions.listInProvince(provinceCode, false, Optional.of(actor))) {
            if (summary.status() == ResolutionStatus.DRAFT || !spans(summary, period)) {
                continue;
            }
            Resolution resolution = resolutions.get(summary.id(), Optional.of(actor));
            if (!Actuals.periods(resolution).contains(period)) {
                continue; // the plan spans the period's dates without opening it (a quarter of a five-year plan)
            }
            Assessments.Result result = assessments.assess(resolution, period.code(), Optional.of(actor), locale, !draft);
            PeriodStatus status = reporting.period(resolution, period, Optional.of(actor)).status();
            entries.add(new RollUpText.Entry(unit(resolution.unitCode()), resolution, result, status));
        }
        return text.rollUp(province, period, entries, today(), draft);
    }

    private static boolean spans(ResolutionSummary summary, Period period) {
        return summary.periodStart() != null && summary.periodEnd() != null && !period.start().isBefore(summary.periodStart())
                && !period.end().isAfter(summary.periodEnd());
    }

    private AdministrativeUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new UnknownUnit(code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package vn.chitieu.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Period;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.monitoring.internal.ActualRepository.ReportState;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.plan.Target;
import vn.chitieu.security.Actor;

/**
 * The reporting workflow of one resolution and period: an officer submits it (refused while an
 * implausible value has no note; missing values are listed), a leader approves it or returns it
 * with a reason; an approved period is locked, and only a leader with a reason reopens it. Every
 * step is in the resolution's history.
 */
@Service
public class Reporting {
    /** A change larger than this from the previous period of the same kind needs a note. */
    private static final BigDecimal LARGE_CHANGE = new BigDecimal("0.5");
    private static final int REASON_LENGTH = 2000;

    private final Resolutions resolutions;
    private final ActualRepository actuals;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    Reporting(Resolutions resolutions, ActualRepository actuals, AdministrativeUnits units, AuditTrail audit, Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.actuals = actuals;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A period of the plan and where its report stands; {@code missing} names the targets without a value for it. */
    public record PeriodReport(String period, PeriodStatus status, int version, String reason, String changedBy, Instant changedAt,
            List<Long> missing) {}

    @Transactional(readOnly = true)
    public List<PeriodReport> periods(long resolutionId, Optional<Actor> actor) {
        Resolution resolution = inScope(resolutionId, actor);
        Map<String, ReportState> states = actuals.periodStates(resolutionId);
        List<ActualValue> values = actuals.forResolution(resolutionId);
        return Actuals.periods(resolution).stream().map(p -> report(resolution, p, states.get(p.code()), values)).toList();
    }

    /**
     * How many of the resolution's periods stand approved and when the latest approval was: what a
     * visitor sees of its results changes only with these (an approved period's values are locked).
     */
    public record Approvals(int count, Instant latest) {}

    /** The approvals of a resolution the caller has already found visible (they say nothing else about it). */
    @Transactional(readOnly = true)
    public Approvals approvals(Resolution resolution) {
        List<Instant> approved = actuals.periodStates(resolution.id()).values().stream()
                .filter(state -> state.status() == PeriodStatus.APPROVED).map(ReportState::changedAt).toList();
        return new Approvals(approved.size(), approved.stream().max(Instant::compareTo).orElse(null));
    }

    /** One period of the plan and where its report stands. */
    @Transactional(readOnly = true)
    public PeriodReport period(long resolutionId, Period period, Optional<Actor> actor) {
        return period(inScope(resolutionId, actor), period, actor);
    }

    /** The same, for a resolution already loaded for the person. */
    @Transactional(readOnly = true)
    public PeriodReport period(Resolution resolution, Period period, Optional<Actor> actor) {
        if (!resolutions.inScope(resolution, actor)) {
            throw new ResolutionNotFound(resolution.id());
        }
        // which targets lack a value needs only this period's values, not every period's
        return report(resolution, period, actuals.periodStates(resolution.id()).get(period.code()),
                actuals.forPeriod(resolution.id(), period.code()));
    }

    @Transactional
    public PeriodReport submit(long resolutionId, String periodCode, Actor actor) {
        Resolution resolution = inScope(resolutionId, Optional.of(actor));
        if (!actor.canEdit(unit(resolution))) {
            throw new NotPermitted("submit");
        }
        Period period = period(resolution, periodCode);
        actuals.lockResolution(resolutionId);
        List<ActualValue> values = actuals.forResolution(resolutionId);
        List<ResolutionProblem> implausible = implausible(resolution, period, values);
        if (!implausible.isEmpty()) {
            throw new ResolutionRejected(implausible);
        }
        return move(resolution, period, List.of(PeriodStatus.DRAFT, PeriodStatus.RETURNED), PeriodStatus.SUBMITTED, null, actor, values);
    }

    @Transactional
    public PeriodReport approve(long resolutionId, String periodCode, Actor actor) {
        Resolution resolution = leaders(resolutionId, actor);
        return move(resolution, period(resolution, periodCode), List.of(PeriodStatus.SUBMITTED), PeriodStatus.APPROVED, null, actor,
                actuals.forResolution(resolutionId));
    }

    /** Sends a submitted period back to the officer ({@code reopen} false), or reopens an approved one; both need a reason. */
    @Transactional
    public PeriodReport giveBack(long resolutionId, String periodCode, String reason, boolean reopen, Actor actor) {
        Resolution resolution = leaders(resolutionId, actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.reasonMissing", "reason", REASON_LENGTH)));
        }
        return move(resolution, period(resolution, periodCode), List.of(reopen ? PeriodStatus.APPROVED : PeriodStatus.SUBMITTED), PeriodStatus.RETURNED,
                why, actor, actuals.forResolution(resolutionId));
    }

    private PeriodReport move(Resolution resolution, Period period, List<PeriodStatus> from, PeriodStatus to, String reason, Actor actor,
            List<ActualValue> values) {
        actuals.lockResolution(resolution.id());
        ReportState before = actuals.periodStates(resolution.id()).get(period.code());
        PeriodStatus current = before == null ? PeriodStatus.DRAFT : before.status();
        if (!from.contains(current)) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.periodNotIn", "status", period.code(), current.name())));
        }
        Instant now = clock.instant();
        if (!actuals.movePeriod(resolution.id(), period.code(), current, to, reason, actor.username(), now)) {
            throw new StaleVersion(before == null ? 0 : before.version());
        }
        ReportState after = actuals.periodStates(resolution.id()).get(period.code());
        audit.record("report", resolution.id(), resolution.id(), Action.UPDATE, actor.username(), now,
                Map.of("period", period.code(), "status", current.name()),
                reason == null ? Map.of("period", period.code(), "status", to.name())
                        : Map.of("period", period.code(), "status", to.name(), "reason", reason));
        return report(resolution, period, after, values);
    }

    private PeriodReport report(Resolution resolution, Period period, ReportState state, List<ActualValue> values) {
        List<Long> missing = new ArrayList<>();
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                boolean entered = values.stream().anyMatch(v -> v.targetId() == target.id() && v.period().equals(period.code()));
                if (!entered) {
                    missing.add(target.id());
                }
            }
        }
        return state == null ? new PeriodReport(period.code(), PeriodStatus.DRAFT, 0, null, null, null, missing)
                : new PeriodReport(period.code(), state.status(), state.version(), state.reason(), state.changedBy(), state.changedAt(), missing);
    }

    /**
     * The values of the period a council would question: a percentage above 100 or below 0, a
     * negative count, a change of more than half from the previous period of the same kind; each
     * needs the officer's note.
     */
    List<ResolutionProblem> implausible(Resolution resolution, Period period, List<ActualValue> values) {
        List<ResolutionProblem> problems = new ArrayList<>();
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                Optional<ActualValue> value = values.stream()
                        .filter(v -> v.targetId() == target.id() && v.period().equals(period.code()) && v.value() != null).findFirst();
                if (value.isEmpty() || value.get().note() != null) {
                    continue;
                }
                BigDecimal v = value.get().value();
                String unit = target.unit() == null ? "" : target.unit().strip().toLowerCase(Locale.ROOT);
                String path = "targets/" + target.id();
                if (unit.equals("%") && (v.compareTo(BigDecimal.valueOf(100)) > 0 || v.signum() < 0)) {
                    problems.add(new ResolutionProblem("plan.problem.implausiblePercent", path, indicator.no(), subject(target), v));
                } else if (!unit.equals("%") && v.signum() < 0) {
                    problems.add(new ResolutionProblem("plan.problem.implausibleNegative", path, indicator.no(), subject(target), v));
                } else {
                    Actuals.previous(values, target.id(), period).map(ActualValue::value).filter(p -> p.signum() != 0).ifPresent(p -> {
                        BigDecimal change = v.subtract(p).abs().divide(p.abs(), 4, RoundingMode.HALF_UP);
                        if (change.compareTo(LARGE_CHANGE) > 0) {
                            problems.add(new ResolutionProblem("plan.problem.implausibleChange", path, indicator.no(), subject(target), v, p));
                        }
                    });
                }
            }
        }
        return problems;
    }


    private static String subject(Target target) {
        return target.subject() == null ? "" : target.subject();
    }

    private Resolution inScope(long resolutionId, Optional<Actor> actor) {
        Resolution resolution = resolutions.get(resolutionId, actor);
        if (!resolutions.inScope(resolution, actor)) {
            throw new ResolutionNotFound(resolutionId);
        }
        return resolution;
    }

    private Resolution leaders(long resolutionId, Actor actor) {
        Resolution resolution = inScope(resolutionId, Optional.of(actor));
        if (!actor.canApprove(unit(resolution))) {
            throw new NotPermitted("approve");
        }
        return resolution;
    }

    private AdministrativeUnit unit(Resolution resolution) {
        return units.find(resolution.unitCode()).orElseThrow(() -> new ResolutionNotFound(resolution.id()));
    }

    private static Period period(Resolution resolution, String code) {
        return Actuals.planPeriod(resolution, code);
    }
}

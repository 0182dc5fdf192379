package vn.chitieu.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.DocumentInfo.PlanPeriod;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.monitoring.internal.ActualRepository.TargetRef;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.security.Actor;

/**
 * The values entered for a resolution's targets, period by period. Values are entered by the
 * commune's officials once the resolution is adopted, for the periods its plan opens, while the
 * period is a draft (or was returned); a value is replaced only with the version it was read at,
 * and every change is in the history. Those who may not see the resolution get "not found".
 */
@Service
public class Actuals {
    /** Characters in an officer's note on a value. */
    public static final int NOTE_LENGTH = 2000;

    private final Resolutions resolutions;
    private final ActualRepository actuals;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    Actuals(Resolutions resolutions, ActualRepository actuals, AdministrativeUnits units, AuditTrail audit, Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.actuals = actuals;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The result of an entry: the value as kept, and whether it was new. */
    public record Entered(ActualValue value, boolean created) {}

    /**
     * Enters or replaces the value of a target for a period.
     *
     * @param version the version the replacement starts from (required once a value exists)
     * @throws TargetNotFound when there is no such target, or the person may not see it
     * @throws NotPermitted when the person may see it but not enter values (a council member, a province officer)
     * @throws StaleVersion when the value changed since {@code version}
     * @throws VersionRequired when a value exists and no version was given
     * @throws ResolutionRejected when the resolution is not adopted, the period is not the plan's or
     *     is submitted or approved, or the value does not suit the target
     */
    @Transactional
    public Entered enter(long targetId, String periodCode, ActualInput input, Integer version, Actor actor) {
        TargetRef target = actuals.target(targetId).orElseThrow(() -> new TargetNotFound(targetId));
        Resolution resolution = visible(target, Optional.of(actor));
        if (!units.find(resolution.unitCode()).map(actor::canEdit).orElse(false)) {
            throw new NotPermitted("enter values");
        }
        Period period = period(periodCode);
        actuals.lockResolution(resolution.id());
        List<ResolutionProblem> problems = problems(resolution, target, period, input);
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        ActualInput clean = new ActualInput(input.value(), input.estimate(), blankToNull(input.note()), input.achieved(), input.on());
        Instant now = clock.instant();
        Optional<ActualValue> existing = actuals.find(targetId, period.code());
        if (existing.isEmpty()) {
            if (version != null && version != 0) {
                throw new StaleVersion(0);
            }
            long id;
            try {
                id = actuals.insert(targetId, target.resolutionId(), period.code(), clean, actor.username(), now);
            } catch (DuplicateKeyException enteredMeanwhile) {
                // someone entered the first value at the same moment; on PostgreSQL this transaction can run no more statements
                throw new StaleVersion(1);
            }
            ActualValue created = actuals.find(targetId, period.code()).orElseThrow();
            audit.record("actual", id, target.resolutionId(), Action.CREATE, actor.username(), now, null, created);
            return new Entered(created, true);
        }
        ActualValue before = existing.get();
        if (version == null) {
            throw new VersionRequired(before.version());
        }
        if (version != before.version() || !actuals.update(before.id(), version, clean, actor.username(), now)) {
            throw new StaleVersion(before.version());
        }
        ActualValue after = actuals.find(targetId, period.code()).orElseThrow();
        audit.record("actual", after.id(), target.resolutionId(), Action.UPDATE, actor.username(), now, before, after);
        return new Entered(after, false);
    }

    /**
     * Every value entered for the target, oldest period first. Visitors see the values of published
     * resolutions for approved periods only.
     */
    @Transactional(readOnly = true)
    public List<ActualValue> forTarget(long targetId, Optional<Actor> actor) {
        TargetRef target = actuals.target(targetId).orElseThrow(() -> new TargetNotFound(targetId));
        Resolution resolution = visible(target, actor);
        boolean inScope = resolutions.inScope(resolution, actor);
        java.util.Set<String> approved = inScope ? java.util.Set.of() : actuals.approvedPeriods(target.resolutionId());
        return actuals.forTarget(targetId).stream()
                .filter(v -> inScope || approved.contains(v.period()))
                .sorted(Comparator.comparing(v -> Period.parse(v.period())))
                .toList();
    }

    /** Every value entered for a resolution already loaded for someone in its scope (the entry grid). */
    @Transactional(readOnly = true)
    public List<ActualValue> forResolution(Resolution resolution, Actor actor) {
        if (!resolutions.inScope(resolution, Optional.of(actor))) {
            throw new ResolutionNotFound(resolution.id());
        }
        return actuals.forResolution(resolution.id());
    }

    /** Where the report of a period stands. */
    @Transactional(readOnly = true)
    public PeriodStatus periodStatus(Resolution resolution, Period period) {
        return actuals.periodStatus(resolution.id(), period.code());
    }

    /** The target's latest value for an earlier period of the same kind (2026 for 2027, 2026-H1 for 2027-H1): "the previous period". */
    public static Optional<ActualValue> previous(List<ActualValue> values, long targetId, Period period) {
        return values.stream().filter(v -> v.targetId() == targetId && v.value() != null)
                .filter(v -> {
                    Period other = Period.parse(v.period());
                    return other.kind() == period.kind() && other.compareTo(period) < 0;
                })
                .max(Comparator.comparing(v -> Period.parse(v.period())));
    }

    /** The periods the resolution's plan opens; none before it is adopted or without a plan period. */
    public static List<Period> periods(Resolution resolution) {
        PlanPeriod plan = resolution.content().document() == null ? null : resolution.content().document().period();
        if (resolution.status() == ResolutionStatus.DRAFT || plan == null || plan.start() == null || plan.end() == null
                || plan.end().isBefore(plan.start())) {
            return List.of();
        }
        return PeriodPlan.of(plan.start(), plan.end());
    }

    /** The period a code names, if the resolution's plan opens it; else the reason it cannot be used. */
    public static Period planPeriod(Resolution resolution, String code) {
        Period period = period(code);
        if (!periods(resolution).contains(period)) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.periodNotInPlan", "period", period.code())));
        }
        return period;
    }

    private Resolution visible(TargetRef target, Optional<Actor> actor) {
        try {
            return resolutions.get(target.resolutionId(), actor);
        } catch (ResolutionNotFound hidden) {
            throw new TargetNotFound(target.targetId());
        }
    }

    private static Period period(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.periodInvalid", "period", code)));
        }
    }

    private List<ResolutionProblem> problems(Resolution resolution, TargetRef target, Period period, ActualInput input) {
        List<ResolutionProblem> problems = new ArrayList<>();
        if (resolution.status() == ResolutionStatus.DRAFT || resolution.archived()) {
            problems.add(new ResolutionProblem("plan.problem.notMonitored", "status"));
            return problems;
        }
        if (!periods(resolution).contains(period)) {
            problems.add(new ResolutionProblem("plan.problem.periodNotInPlan", "period", period.code()));
            return problems;
        }
        PeriodStatus status = actuals.periodStatus(resolution.id(), period.code());
        if (!status.open()) {
            problems.add(new ResolutionProblem("plan.problem.periodLocked", "period", period.code(), status.name()));
            return problems;
        }
        boolean milestone = target.kind().equals("MILESTONE");
        if (milestone && input.achieved() == null && input.value() == null) {
            problems.add(new ResolutionProblem("plan.problem.achievedMissing", "achieved"));
        }
        if (!milestone && input.value() == null) {
            problems.add(new ResolutionProblem("plan.problem.actualMissing", "value"));
        }
        if (input.value() != null && (input.value().abs().compareTo(new BigDecimal("1e15")) >= 0 || input.value().scale() > 6)) {
            problems.add(new ResolutionProblem("plan.problem.actualOutOfRange", "value"));
        }
        if (input.note() != null && input.note().codePointCount(0, input.note().length()) > NOTE_LENGTH) {
            problems.add(new ResolutionProblem("plan.problem.noteTooLong", "note", NOTE_LENGTH));
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

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
        requireEdit(resolution, actor, "enter values");
        Period period = period(periodCode);
        actuals.lockResolution(resolution.id());
        List<ResolutionProblem> problems = periodProblems(resolution, period);
        if (problems.isEmpty()) {
            problems = valueProblems(target.kind().equals("MILESTONE"), input, "");
        }
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        Optional<ActualValue> existing = actuals.find(targetId, period.code());
        if (existing.isEmpty() && version != null && version != 0) {
            throw new StaleVersion(0);
        }
        if (existing.isPresent() && version == null) {
            throw new VersionRequired(existing.get().version());
        }
        return write(target, period, input, existing, version == null ? 0 : version, actor, clock.instant());
    }

    /**
     * One value of a batch: the target, what to keep, and the version of its value when the person
     * saw it ({@code 0}: there was none).
     */
    public record Entry(long targetId, ActualInput input, int seenVersion) {}

    /**
     * Enters the values of several targets of one resolution for one period, all or none: every
     * value is checked as {@link #enter} checks it, and none is written while one is refused or has
     * changed since it was seen. Each value written gets its version and its line in the history.
     *
     * @throws ResolutionNotFound when the person may not see the resolution
     * @throws NotPermitted when they may see it but not enter values
     * @throws ResolutionRejected with every reason: the period's own (path {@code period} or {@code status}),
     *     or an entry's, its path starting {@code entries[i].}
     * @throws ValuesChanged when values changed since they were seen (entered by someone else meanwhile)
     */
    @Transactional
    public List<Entered> enterAll(long resolutionId, String periodCode, List<Entry> entries, Actor actor) {
        Resolution resolution = resolutions.get(resolutionId, Optional.of(actor));
        requireEdit(resolution, actor, "enter values");
        Period period = period(periodCode);
        actuals.lockResolution(resolution.id());
        List<ResolutionProblem> problems = periodProblems(resolution, period);
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        List<TargetRef> targets = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String path = "entries[" + i + "].";
            Optional<TargetRef> target = actuals.target(entry.targetId()).filter(t -> t.resolutionId() == resolution.id());
            if (target.isEmpty()) {
                problems.add(new ResolutionProblem("monitor.problem.targetNotInResolution", path + "targetId", entry.targetId()));
            } else if (!seen.add(entry.targetId())) {
                problems.add(new ResolutionProblem("monitor.problem.targetTwice", path + "targetId", entry.targetId()));
            } else {
                problems.addAll(valueProblems(target.get().kind().equals("MILESTONE"), entry.input(), path));
            }
            targets.add(target.orElse(null));
        }
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        java.util.Map<Long, ActualValue> stored = new java.util.HashMap<>();
        actuals.forResolution(resolution.id()).stream().filter(v -> v.period().equals(period.code())).forEach(v -> stored.put(v.targetId(), v));
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ActualValue current = stored.get(entries.get(i).targetId());
            if ((current == null ? 0 : current.version()) != entries.get(i).seenVersion()) {
                changed.add(i);
            }
        }
        if (!changed.isEmpty()) {
            throw new ValuesChanged(changed, changed.stream().map(i -> stored.get(entries.get(i).targetId())).toList());
        }
        Instant now = clock.instant();
        List<Entered> entered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            entered.add(write(targets.get(i), period, entry.input(), Optional.ofNullable(stored.get(entry.targetId())), entry.seenVersion(),
                    actor, now));
        }
        return entered;
    }

    /** Writes a checked value over what is stored ({@code existing}), if that is still at {@code version}. */
    private Entered write(TargetRef target, Period period, ActualInput input, Optional<ActualValue> existing, int version, Actor actor,
            Instant now) {
        ActualInput clean = new ActualInput(input.value(), input.estimate(), blankToNull(input.note()), input.achieved(), input.on());
        if (existing.isEmpty()) {
            long id;
            try {
                id = actuals.insert(target.targetId(), target.resolutionId(), period.code(), clean, actor.username(), now);
            } catch (DuplicateKeyException enteredMeanwhile) {
                // someone entered the first value at the same moment; on PostgreSQL this transaction can run no more statements
                throw new StaleVersion(1);
            }
            ActualValue created = actuals.find(target.targetId(), period.code()).orElseThrow();
            audit.record("actual", id, target.resolutionId(), Action.CREATE, actor.username(), now, null, created);
            return new Entered(created, true);
        }
        ActualValue before = existing.get();
        if (version != before.version() || !actuals.update(before.id(), version, clean, actor.username(), now)) {
            throw new StaleVersion(before.version());
        }
        ActualValue after = actuals.find(target.targetId(), period.code()).orElseThrow();
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
        requireScope(resolution, actor);
        return actuals.forResolution(resolution.id());
    }

    /** "Not found" unless the resolution is within the person's scope (the commune's working papers). */
    void requireScope(Resolution resolution, Actor actor) {
        if (!resolutions.inScope(resolution, Optional.of(actor))) {
            throw new ResolutionNotFound(resolution.id());
        }
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

    /** The resolution of a target the person may see; "not found" for a target they may not. */
    Resolution resolutionOf(long targetId, Optional<Actor> actor) {
        return visible(actuals.target(targetId).orElseThrow(() -> new TargetNotFound(targetId)), actor);
    }

    /** The resolution of a target whose commune the person may change; "not permitted" to {@code do} otherwise. */
    Resolution editableResolutionOf(long targetId, Actor actor, String action) {
        Resolution resolution = resolutionOf(targetId, Optional.of(actor));
        requireEdit(resolution, actor, action);
        return resolution;
    }

    /** Refuses ("not permitted" to {@code action}) someone who may not change the resolution's commune. */
    void requireEdit(Resolution resolution, Actor actor, String action) {
        if (!units.find(resolution.unitCode()).map(actor::canEdit).orElse(false)) {
            throw new NotPermitted(action);
        }
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

    /**
     * Why no value can be entered for the period: the resolution is not monitored, the period is not
     * its plan's, or it was submitted or approved. Empty when values can be entered.
     */
    public List<ResolutionProblem> periodProblems(Resolution resolution, Period period) {
        List<ResolutionProblem> problems = new ArrayList<>();
        if (resolution.status() == ResolutionStatus.DRAFT || resolution.archived()) {
            problems.add(new ResolutionProblem("plan.problem.notMonitored", "status"));
        } else if (!periods(resolution).contains(period)) {
            problems.add(new ResolutionProblem("plan.problem.periodNotInPlan", "period", period.code()));
        } else {
            PeriodStatus status = actuals.periodStatus(resolution.id(), period.code());
            if (!status.open()) {
                problems.add(new ResolutionProblem("plan.problem.periodLocked", "period", period.code(), status.name()));
            }
        }
        return problems;
    }

    /** Why a value does not suit its target (a MILESTONE or a number), each at {@code path} + its field. */
    public static List<ResolutionProblem> valueProblems(boolean milestone, ActualInput input, String path) {
        List<ResolutionProblem> problems = new ArrayList<>();
        if (milestone && input.achieved() == null && input.value() == null) {
            problems.add(new ResolutionProblem("plan.problem.achievedMissing", path + "achieved"));
        }
        if (!milestone && input.value() == null) {
            problems.add(new ResolutionProblem("plan.problem.actualMissing", path + "value"));
        }
        if (input.value() != null && (input.value().abs().compareTo(new BigDecimal("1e15")) >= 0 || input.value().scale() > 6)) {
            problems.add(new ResolutionProblem("plan.problem.actualOutOfRange", path + "value"));
        }
        if (input.note() != null && input.note().codePointCount(0, input.note().length()) > NOTE_LENGTH) {
            problems.add(new ResolutionProblem("plan.problem.noteTooLong", path + "note", NOTE_LENGTH));
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

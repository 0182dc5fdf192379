package vn.chitieu.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Goal;
import vn.chitieu.assessment.Nature;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.monitoring.internal.JudgementRepository;
import vn.chitieu.monitoring.internal.JudgementRepository.Settings;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Target;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * How a target is judged where its wording leaves it open (spec/assessment.md): whether its values
 * accumulate over the year (FLOW: revenue, output) or are a level at a moment (STOCK: a rate, a
 * count of schools), and whether a change in "%" is in points of a rate or percent of the baseline.
 * The assessment guesses both from the subject and unit; an official of the commune may set them,
 * and every setting is in the history.
 */
@Service
public class Judgement {
    private final Actuals actuals;
    private final ActualRepository values;
    private final JudgementRepository settings;
    private final AuditTrail audit;
    private final Clock clock;

    Judgement(Actuals actuals, ActualRepository values, JudgementRepository settings, AuditTrail audit, Optional<Clock> clock) {
        this.actuals = actuals;
        this.values = values;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    /**
     * A target's settings and what the assessment uses.
     *
     * @param nature as set, or {@code null} for the guess
     * @param changeMode as set, or {@code null} for the guess
     * @param usedNature the nature the assessment uses (the setting, else the guess)
     * @param usedChangeMode the change mode the assessment uses
     */
    public record TargetJudgement(long targetId, Nature nature, ChangeMode changeMode, Nature usedNature, ChangeMode usedChangeMode) {}

    @Transactional(readOnly = true)
    public TargetJudgement of(long targetId, Optional<Actor> actor) {
        Resolution resolution = actuals.resolutionOf(targetId, actor);
        return judgement(resolution, target(resolution, targetId), settings.find(targetId));
    }

    /** How each target of a resolution already loaded for the person is judged, by target id. */
    @Transactional(readOnly = true)
    public Map<Long, TargetJudgement> forResolution(Resolution resolution) {
        Map<Long, Settings> set = settings.forResolution(resolution.id());
        Map<Long, TargetJudgement> all = new java.util.HashMap<>();
        resolution.content().indicators().stream().flatMap(i -> i.targets().stream()).filter(t -> t.id() != null)
                .forEach(t -> all.put(t.id(), judgement(resolution, t, set.getOrDefault(t.id(), Settings.NONE))));
        return all;
    }

    /** Sets both (a {@code null} returns to the guess); for those who may enter the commune's values. */
    @Transactional
    public TargetJudgement set(long targetId, Nature nature, ChangeMode changeMode, Actor actor) {
        Resolution resolution = actuals.editableResolutionOf(targetId, actor, "set how a target is judged");
        values.lockResolution(resolution.id());
        // a report sent or approved was judged one way; changing the rule would change it behind the council's back
        List<String> reported = values.periodStates(resolution.id()).entrySet().stream()
                .filter(e -> e.getValue().status() == PeriodStatus.SUBMITTED || e.getValue().status() == PeriodStatus.APPROVED)
                .map(Map.Entry::getKey).sorted().toList();
        if (!reported.isEmpty()) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("monitor.problem.judgementReported", "nature", String.join(", ", reported))));
        }
        Settings before = settings.find(targetId);
        Settings after = new Settings(nature, changeMode);
        if (!after.equals(before)) {
            settings.save(targetId, after);
            Instant now = clock.instant();
            audit.record("target", targetId, resolution.id(), Action.UPDATE, actor.username(), now, fields(before), fields(after));
        }
        return judgement(resolution, target(resolution, targetId), after);
    }

    /** As the assessment reads the target: the goal it builds decides what is used. */
    private static TargetJudgement judgement(Resolution resolution, Target target, Settings set) {
        Goal goal = Assessments.goal(target, resolution.content().document().period(), set);
        return new TargetJudgement(target.id(), set.nature(), set.changeMode(), goal.nature(), goal.changeMode());
    }

    private static Map<String, String> fields(Settings s) {
        return Map.of("nature", s.nature() == null ? "" : s.nature().name(), "changeMode", s.changeMode() == null ? "" : s.changeMode().name());
    }

    private static Target target(Resolution resolution, long targetId) {
        return resolution.content().indicators().stream().flatMap(i -> i.targets().stream())
                .filter(t -> t.id() != null && t.id() == targetId).findFirst()
                .orElseThrow(() -> new TargetNotFound(targetId));
    }
}

package vn.chitieu.plan.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;

/**
 * Writes a resolution's indicators, targets and tasks as the new content says, part by part: what
 * kept its id is updated if it changed, what is new is added, what is gone is archived, and each
 * of these is recorded in the history. Ids that do not belong to this resolution count as new.
 */
@Component
public class ContentWriter {
    private final ResolutionRepository resolutions;
    private final AuditTrail audit;

    ContentWriter(ResolutionRepository resolutions, AuditTrail audit) {
        this.resolutions = resolutions;
        this.audit = audit;
    }

    public void write(long resolutionId, ResolutionContent before, ResolutionContent after, String actor, Instant at) {
        Map<Long, Indicator> oldIndicators = new HashMap<>();
        Map<Long, Target> oldTargets = new HashMap<>();
        for (Indicator indicator : before.indicators()) {
            oldIndicators.put(indicator.id(), indicator);
            indicator.targets().forEach(target -> oldTargets.put(target.id(), target));
        }
        Set<Long> keptIndicators = new HashSet<>();
        Set<Long> keptTargets = new HashSet<>();
        List<Indicator> indicators = after.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Indicator old = indicator.id() == null || keptIndicators.contains(indicator.id()) ? null : oldIndicators.get(indicator.id());
            long indicatorId;
            if (old == null) {
                indicatorId = resolutions.insertIndicator(resolutionId, indicator, i);
                audit.record("indicator", indicatorId, resolutionId, Action.CREATE, actor, at, null, withoutTargets(indicator, indicatorId));
            } else {
                indicatorId = old.id();
                keptIndicators.add(indicatorId);
                resolutions.updateIndicator(indicatorId, indicator, i);
                if (!old.sameContent(indicator)) {
                    audit.record("indicator", indicatorId, resolutionId, Action.UPDATE, actor, at, withoutTargets(old, indicatorId),
                            withoutTargets(indicator, indicatorId));
                }
            }
            List<Target> targets = indicator.targets();
            for (int t = 0; t < targets.size(); t++) {
                Target target = targets.get(t);
                Target oldTarget = target.id() == null || keptTargets.contains(target.id()) ? null : oldTargets.get(target.id());
                if (oldTarget == null) {
                    long targetId = resolutions.insertTarget(indicatorId, target, t);
                    audit.record("target", targetId, resolutionId, Action.CREATE, actor, at, null, target.withId(targetId));
                } else {
                    keptTargets.add(oldTarget.id());
                    resolutions.updateTarget(oldTarget.id(), indicatorId, target, t);
                    if (!oldTarget.sameContent(target)) {
                        audit.record("target", oldTarget.id(), resolutionId, Action.UPDATE, actor, at, oldTarget,
                                target.withId(oldTarget.id()));
                    }
                }
            }
        }
        for (Target old : oldTargets.values()) {
            if (!keptTargets.contains(old.id())) {
                resolutions.archive("target", old.id());
                audit.record("target", old.id(), resolutionId, Action.ARCHIVE, actor, at, old, null);
            }
        }
        for (Indicator old : oldIndicators.values()) {
            if (!keptIndicators.contains(old.id())) {
                resolutions.archive("indicator", old.id());
                audit.record("indicator", old.id(), resolutionId, Action.ARCHIVE, actor, at, withoutTargets(old, old.id()), null);
            }
        }
        writeTasks(resolutionId, before.tasks(), after.tasks(), actor, at);
    }

    private void writeTasks(long resolutionId, List<Task> before, List<Task> after, String actor, Instant at) {
        Map<Long, Task> old = new HashMap<>();
        before.forEach(task -> old.put(task.id(), task));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            Task task = after.get(i);
            Task previous = task.id() == null || kept.contains(task.id()) ? null : old.get(task.id());
            if (previous == null) {
                long id = resolutions.insertTask(resolutionId, task, i);
                audit.record("task", id, resolutionId, Action.CREATE, actor, at, null, task.withId(id));
            } else {
                kept.add(previous.id());
                resolutions.updateTask(previous.id(), task, i);
                if (!previous.equals(task.withId(previous.id()))) {
                    audit.record("task", previous.id(), resolutionId, Action.UPDATE, actor, at, previous, task.withId(previous.id()));
                }
            }
        }
        for (Task task : before) {
            if (!kept.contains(task.id())) {
                resolutions.archive("task", task.id());
                audit.record("task", task.id(), resolutionId, Action.ARCHIVE, actor, at, task, null);
            }
        }
    }

    private static Indicator withoutTargets(Indicator indicator, long id) {
        return indicator.withIdAndTargets(id, List.of());
    }
}

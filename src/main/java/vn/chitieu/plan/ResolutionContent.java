package vn.chitieu.plan;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * What an official reviews and corrects: the resolution's metadata, objectives, indicators with
 * their targets, task headings and warnings, in the shape of spec/extraction.md.
 */
public record ResolutionContent(
        DocumentInfo document, List<String> objectives, List<Indicator> indicators, List<Task> tasks, List<String> warnings) {

    public ResolutionContent {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public int targetCount() {
        return indicators.stream().mapToInt(i -> i.targets().size()).sum();
    }

    /** What makes the content impossible to keep even as a draft (a target without a kind, a range upside down). */
    public List<ResolutionProblem> problems() {
        List<ResolutionProblem> problems = new ArrayList<>();
        if (document == null) {
            problems.add(new ResolutionProblem("plan.problem.documentMissing", "document"));
        } else {
            FieldLimits.checkDocument(document, problems);
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String at = "indicators[" + i + "]";
            if (indicator.text().isEmpty()) {
                problems.add(new ResolutionProblem("plan.problem.indicatorTextBlank", at + ".text", indicator.no()));
            }
            for (int t = 0; t < indicator.targets().size(); t++) {
                Target target = indicator.targets().get(t);
                String targetAt = at + ".targets[" + t + "]";
                if (target.kind() == null) {
                    problems.add(new ResolutionProblem("plan.problem.kindMissing", targetAt + ".kind", indicator.no(), t + 1));
                } else if (target.kind() != TargetKind.MILESTONE && target.value() == null) {
                    problems.add(new ResolutionProblem("plan.problem.valueMissing", targetAt + ".value", indicator.no(), t + 1));
                }
                if (target.comparator() == Comparator.RANGE
                        && (target.value() == null || target.valueMax() == null || target.valueMax().compareTo(target.value()) < 0)) {
                    problems.add(new ResolutionProblem("plan.problem.rangeInvalid", targetAt + ".valueMax", indicator.no(), t + 1));
                }
                FieldLimits.check(target.unit(), FieldLimits.UNIT, targetAt + ".unit", problems);
                FieldLimits.check(target.per(), FieldLimits.UNIT, targetAt + ".per", problems);
                if (target.kind() == TargetKind.CHANGE && target.direction() == null) {
                    problems.add(new ResolutionProblem("plan.problem.directionMissing", targetAt + ".direction", indicator.no(), t + 1));
                }
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            FieldLimits.check(tasks.get(i).ref(), FieldLimits.TASK_REF, "tasks[" + i + "].ref", problems);
        }
        return problems;
    }

    /**
     * What stops adoption besides {@link #problems()}: every indicator needs a target, and every
     * numeric target a unit or an explicit "no unit".
     */
    public List<ResolutionProblem> problemsForAdoption() {
        List<ResolutionProblem> problems = new ArrayList<>(problems());
        if (indicators.isEmpty()) {
            problems.add(new ResolutionProblem("plan.problem.noIndicators", "indicators"));
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.targets().isEmpty()) {
                problems.add(new ResolutionProblem("plan.problem.indicatorWithoutTarget", "indicators[" + i + "].targets", indicator.no()));
            }
            for (int t = 0; t < indicator.targets().size(); t++) {
                if (indicator.targets().get(t).lacksUnit()) {
                    problems.add(new ResolutionProblem("plan.problem.unitMissing", "indicators[" + i + "].targets[" + t + "].unit",
                            indicator.no(), t + 1));
                }
            }
        }
        return problems;
    }
}

package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.extraction.Span;
import vn.chitieu.plan.web.ReviewForm.IndicatorForm;
import vn.chitieu.plan.web.ReviewForm.TargetForm;
import vn.chitieu.plan.web.ReviewForm.TaskForm;

/**
 * One change to the form's structure that a button asks for ({@code action=splitTarget:2:0}):
 * add, remove, split or merge targets; add or remove indicators, tasks and objectives. Nothing is
 * saved: the changed form is shown again, with everything typed kept.
 *
 * @param section the part of the page to show again: {@code objectives}, {@code indicators} or {@code tasks}
 * @param focus the id of the field to put the cursor in afterwards, or null
 */
record FormEdit(ReviewForm form, String section, String focus) {

    /** The edit an action names, or null when it names none (save, adopt, show again). */
    static FormEdit apply(String action, ReviewForm form) {
        if (action == null) {
            return null;
        }
        String[] parts = action.split(":");
        try {
            int a = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            int b = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
            return switch (parts[0]) {
                case "addObjective" -> objectives(form, add(form.objectives(), ""), "f-objectives-" + form.objectives().size());
                case "removeObjective" -> objectives(form, remove(form.objectives(), a), null);
                case "addTask" -> tasks(form, add(form.tasks(), new TaskForm(null, null, null)), "f-tasks-" + form.tasks().size() + "-ref");
                case "removeTask" -> tasks(form, remove(form.tasks(), a), null);
                case "addIndicator" -> indicators(form, add(form.indicators(), newIndicator(form)),
                        "f-indicators-" + form.indicators().size() + "-text");
                case "removeIndicator" -> indicators(form, remove(form.indicators(), a), null);
                case "addTarget" -> targets(form, a, add(targets(form, a), newTarget()), targetFocus(a, targets(form, a).size()));
                case "removeTarget" -> targets(form, a, remove(targets(form, a), b), null);
                case "splitTarget" -> targets(form, a, split(targets(form, a), b), targetFocus(a, b + 1));
                case "mergeTarget" -> targets(form, a, merge(targets(form, a), b), targetFocus(a, b));
                default -> null;
            };
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // a stale or forged button: show the form as it is
            return new FormEdit(form, "indicators", null);
        }
    }

    private static FormEdit objectives(ReviewForm form, List<String> objectives, String focus) {
        return new FormEdit(form.withParts(objectives, form.indicators(), form.tasks()), "objectives", focus);
    }

    private static FormEdit tasks(ReviewForm form, List<TaskForm> tasks, String focus) {
        return new FormEdit(form.withParts(form.objectives(), form.indicators(), tasks), "tasks", focus);
    }

    private static FormEdit indicators(ReviewForm form, List<IndicatorForm> indicators, String focus) {
        return new FormEdit(form.withParts(form.objectives(), indicators, form.tasks()), "indicators", focus);
    }

    private static FormEdit targets(ReviewForm form, int indicator, List<TargetForm> targets, String focus) {
        List<IndicatorForm> indicators = new ArrayList<>(form.indicators());
        indicators.set(indicator, indicators.get(indicator).withTargets(targets));
        return indicators(form, indicators, focus);
    }

    private static List<TargetForm> targets(ReviewForm form, int indicator) {
        return form.indicators().get(indicator).targets();
    }

    private static String targetFocus(int indicator, int target) {
        return "f-indicators-" + indicator + "-targets-" + target + "-subject";
    }

    private static IndicatorForm newIndicator(ReviewForm form) {
        int no = form.indicators().size() + 1;
        String group = form.indicators().isEmpty() ? "OTHER" : form.indicators().get(form.indicators().size() - 1).group();
        return new IndicatorForm(null, String.valueOf(no), group, null, "", null, List.of(newTarget()));
    }

    private static TargetForm newTarget() {
        return new TargetForm(null, null, null, null, "LEVEL", "GE", null, null, null, false, null, null, false, null, null);
    }

    /**
     * One value shared by two subjects ("100% trường học và trạm y tế") becomes two targets with the
     * same value; the subject is cut at its first " và " when it has one.
     */
    private static List<TargetForm> split(List<TargetForm> targets, int at) {
        TargetForm target = targets.get(at);
        String subject = target.subject() == null ? "" : target.subject();
        int and = subject.indexOf(" và ");
        List<TargetForm> result = new ArrayList<>(targets);
        if (and > 0) {
            result.set(at, target.withSubjectAndSpan(subject.substring(0, and).strip(), target.span()));
            result.add(at + 1, target.asNew(subject.substring(and + 4).strip(), target.span()));
        } else {
            result.add(at + 1, target.asNew(subject, target.span()));
        }
        return result;
    }

    /** Two targets that are really one: the first keeps its values, takes in the second's subject and covers both spans. */
    private static List<TargetForm> merge(List<TargetForm> targets, int at) {
        TargetForm first = targets.get(at);
        TargetForm second = targets.get(at + 1);
        String subject = first.subject() == null || first.subject().isBlank() ? second.subject()
                : second.subject() == null || second.subject().isBlank() || second.subject().equals(first.subject()) ? first.subject()
                : first.subject().strip() + " và " + second.subject().strip();
        List<TargetForm> result = new ArrayList<>(targets);
        result.set(at, first.withSubjectAndSpan(subject, union(first.span(), second.span())));
        result.remove(at + 1);
        return result;
    }

    private static String union(String a, String b) {
        Span first = ReviewForm.span(a);
        Span second = ReviewForm.span(b);
        if (first == null || second == null) {
            return first == null ? b : a;
        }
        return ReviewForm.span(new Span(Math.min(first.start(), second.start()), Math.max(first.end(), second.end())));
    }

    private static <T> List<T> add(List<T> list, T element) {
        List<T> result = new ArrayList<>(list);
        result.add(element);
        return result;
    }

    private static <T> List<T> remove(List<T> list, int at) {
        List<T> result = new ArrayList<>(list);
        result.remove(at);
        return result;
    }
}

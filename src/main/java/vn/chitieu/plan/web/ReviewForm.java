package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.Span;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.Target;

/**
 * The review form as typed: every value a string, so what a person wrote comes back to them as they
 * wrote it when something is wrong. Field names follow the content's problem paths
 * ({@code indicators[2].targets[0].unit}), so a problem finds its field.
 */
public record ReviewForm(Integer version, DocumentForm document, List<String> objectives, List<IndicatorForm> indicators,
        List<TaskForm> tasks) {

    public ReviewForm {
        document = document == null ? new DocumentForm(null, null, null, null, null, null, null) : document;
        objectives = objectives == null ? List.of() : objectives.stream().map(o -> o == null ? "" : o).toList();
        indicators = indicators == null ? List.of() : indicators.stream().filter(Objects::nonNull).map(IndicatorForm::tidy).toList();
        tasks = tasks == null ? List.of() : tasks.stream().filter(Objects::nonNull).toList();
    }

    /** The metadata a person may correct; the rest of the document stays as read. */
    public record DocumentForm(String number, String title, String signedOn, String adoptedOn, String periodKind, String periodStart,
            String periodEnd) {}

    /** @param span where the indicator was read, "start-end", carried so highlights survive edits */
    public record IndicatorForm(Long id, String no, String group, String groupHeading, String text, String span,
            List<TargetForm> targets) {

        IndicatorForm tidy() {
            return new IndicatorForm(id, no, group, groupHeading, text, span,
                    targets == null ? List.of() : targets.stream().filter(Objects::nonNull).toList());
        }

        IndicatorForm withTargets(List<TargetForm> newTargets) {
            return new IndicatorForm(id, no, group, groupHeading, text, span, List.copyOf(newTargets));
        }
    }

    /**
     * @param origin the saved target this one was read or split from: its rule names and baseline,
     *     which the form does not show, come from there
     */
    public record TargetForm(Long id, Long origin, String span, String subject, String kind, String comparator, String value,
            String valueMax, String unit, Boolean noUnit, String per, String direction, Boolean perYear, String year,
            String deadline) {

        TargetForm asNew(String newSubject, String newSpan) {
            return new TargetForm(null, origin, newSpan, newSubject, kind, comparator, value, valueMax, unit, noUnit, per, direction,
                    perYear, year, deadline);
        }

        TargetForm withSubjectAndSpan(String newSubject, String newSpan) {
            return new TargetForm(id, origin, newSpan, newSubject, kind, comparator, value, valueMax, unit, noUnit, per, direction,
                    perYear, year, deadline);
        }

        boolean isNoUnit() {
            return Boolean.TRUE.equals(noUnit);
        }

        boolean isPerYear() {
            return Boolean.TRUE.equals(perYear);
        }
    }

    public record TaskForm(Long id, String ref, String title) {}

    static ReviewForm of(int version, ResolutionContent content, LocalFormat format) {
        DocumentInfo d = content.document();
        DocumentForm document = d == null ? null : new DocumentForm(d.number(), d.title(), LocalFormat.typedDate(d.signedOn()),
                LocalFormat.typedDate(d.adoptedOn()), d.period() == null || d.period().kind() == null ? null : d.period().kind().name(),
                d.period() == null ? "" : LocalFormat.typedDate(d.period().start()),
                d.period() == null ? "" : LocalFormat.typedDate(d.period().end()));
        List<IndicatorForm> indicators = new ArrayList<>();
        for (Indicator i : content.indicators()) {
            indicators.add(new IndicatorForm(i.id(), String.valueOf(i.no()), i.group().name(), i.groupHeading(), i.text(), span(i.span()),
                    i.targets().stream().map(t -> target(t, format)).toList()));
        }
        List<TaskForm> tasks = content.tasks().stream().map(t -> new TaskForm(t.id(), t.ref(), t.title())).toList();
        return new ReviewForm(version, document, content.objectives(), indicators, tasks);
    }

    private static TargetForm target(Target t, LocalFormat format) {
        return new TargetForm(t.id(), t.id(), span(t.span()), t.subject(), t.kind() == null ? null : t.kind().name(),
                t.comparator() == null ? null : t.comparator().name(), format.number(t.value()), format.number(t.valueMax()), t.unit(),
                t.noUnit(), t.per(), t.direction() == null ? null : t.direction().name(), t.perYear(),
                t.year() == null ? "" : String.valueOf(t.year()), LocalFormat.typedDate(t.deadline()));
    }

    static String span(Span span) {
        return span == null ? null : span.start() + "-" + span.end();
    }

    /** The span a form carries, or null when it carries none or something else. */
    static Span span(String text) {
        if (text == null || !text.matches("\\d{1,9}-\\d{1,9}")) {
            return null;
        }
        int dash = text.indexOf('-');
        int start = Integer.parseInt(text.substring(0, dash));
        int end = Integer.parseInt(text.substring(dash + 1));
        return end < start ? null : new Span(start, end);
    }

    ReviewForm withVersion(int newVersion) {
        return new ReviewForm(newVersion, document, objectives, indicators, tasks);
    }

    ReviewForm withParts(List<String> newObjectives, List<IndicatorForm> newIndicators, List<TaskForm> newTasks) {
        return new ReviewForm(version, document, newObjectives, newIndicators, newTasks);
    }
}

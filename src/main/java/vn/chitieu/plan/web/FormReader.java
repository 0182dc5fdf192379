package vn.chitieu.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.chitieu.extraction.DocumentInfo.PlanPeriod;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;
import vn.chitieu.plan.web.ReviewForm.DocumentForm;
import vn.chitieu.plan.web.ReviewForm.IndicatorForm;
import vn.chitieu.plan.web.ReviewForm.TargetForm;

/**
 * Reads a submitted review form into resolution content, on top of the saved content (which keeps
 * what the form does not show: the document's other fields, warnings, rule names, baselines), and
 * lists what could not be read, each at its field.
 */
final class FormReader {
    private final LocalFormat format;
    private final List<ResolutionProblem> problems = new ArrayList<>();

    private FormReader(LocalFormat format) {
        this.format = format;
    }

    /** What was read, and why some of it could not be; the content holds null where a value could not be read. */
    record Reading(ResolutionContent content, List<ResolutionProblem> problems) {}

    static Reading read(ReviewForm form, ResolutionContent saved, LocalFormat format) {
        FormReader reader = new FormReader(format);
        Map<Long, Target> savedTargets = new HashMap<>();
        saved.indicators().forEach(i -> i.targets().forEach(t -> savedTargets.put(t.id(), t)));
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            indicators.add(reader.indicator(form.indicators().get(i), "indicators[" + i + "]", savedTargets));
        }
        List<String> objectives = form.objectives().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        List<Task> tasks = form.tasks().stream().map(t -> new Task(t.id(), t.ref(), t.title())).toList();
        ResolutionContent content = new ResolutionContent(reader.document(form.document(), saved.document()), objectives, indicators,
                tasks, saved.warnings());
        return new Reading(content, List.copyOf(reader.problems));
    }

    private DocumentInfo document(DocumentForm form, DocumentInfo saved) {
        DocumentInfo d = saved == null
                ? new DocumentInfo("NGHI_QUYET", null, null, null, null, null, null, null, null, null, null, null, List.of(), false)
                : saved;
        LocalDate signedOn = date(form.signedOn(), "document.signedOn");
        LocalDate adoptedOn = date(form.adoptedOn(), "document.adoptedOn");
        DocumentInfo.PeriodKind kind = choice(form.periodKind(), DocumentInfo.PeriodKind::valueOf);
        LocalDate start = date(form.periodStart(), "document.periodStart");
        LocalDate end = date(form.periodEnd(), "document.periodEnd");
        PlanPeriod period = kind == null && start == null && end == null ? null : new PlanPeriod(kind, start, end);
        return new DocumentInfo(d.type(), blankToNull(form.number()), d.issuer(), d.unit(), d.place(), signedOn, adoptedOn, d.term(),
                d.session(), blankToNull(form.title()), period, d.signer(), d.legalBases(), d.indicatorsInAnnex());
    }

    private Indicator indicator(IndicatorForm form, String at, Map<Long, Target> savedTargets) {
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < form.targets().size(); t++) {
            targets.add(target(form.targets().get(t), at + ".targets[" + t + "]", savedTargets));
        }
        Integer no = integer(form.no(), at + ".no");
        IndicatorGroup group = choice(form.group(), IndicatorGroup::valueOf);
        return new Indicator(form.id(), no == null ? 0 : no, group, form.groupHeading(), form.text(), ReviewForm.span(form.span()),
                targets);
    }

    private Target target(TargetForm form, String at, Map<Long, Target> savedTargets) {
        Target origin = form.origin() == null ? null : savedTargets.get(form.origin());
        return new Target(form.id(), form.subject(), choice(form.kind(), TargetKind::valueOf),
                choice(form.comparator(), Comparator::valueOf), number(form.value(), at + ".value"),
                number(form.valueMax(), at + ".valueMax"), form.unit(), form.isNoUnit(), form.per(),
                choice(form.direction(), Direction::valueOf), form.isPerYear(), integer(form.year(), at + ".year"),
                date(form.deadline(), at + ".deadline"), origin == null ? null : origin.baseline(), ReviewForm.span(form.span()),
                origin == null ? List.of() : origin.rules());
    }

    private BigDecimal number(String typed, String path) {
        Optional<BigDecimal> value = format.parseNumber(typed);
        if (value.isEmpty() && !format.readsAsNumber(typed)) {
            problems.add(new ResolutionProblem("review.problem.number", path, typed.strip()));
        }
        return value.orElse(null);
    }

    private Integer integer(String typed, String path) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{1,9}")) {
            problems.add(new ResolutionProblem("review.problem.integer", path, typed.strip()));
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private LocalDate date(String typed, String path) {
        Optional<LocalDate> date = LocalFormat.parseDate(typed);
        if (date.isEmpty() && typed != null && !typed.isBlank()) {
            problems.add(new ResolutionProblem("review.problem.date", path, typed.strip()));
        }
        return date.orElse(null);
    }

    /** A choice from a list: a value the list does not have (only a forged form sends one) counts as none. */
    private static <E> E choice(String name, Function<String, E> valueOf) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.chitieu.plan.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chitieu.extraction.DocumentInfo.PeriodKind;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.CurrentActor;

/** What the review page shows besides the form: the problems, the original text with its highlights, the pages of a PDF. */
@Component
class ReviewView {
    private static final Set<String> NOTICES = Set.of("imported", "existing", "saved", "adopted", "published", "archived", "restored", "changed", "commented",
            "partRestored", "partNotRestored");
    private static final Choices CHOICES = new Choices(names(TargetKind.values()), names(Comparator.values()), names(Direction.values()),
            names(IndicatorGroup.values()), names(PeriodKind.values()));

    private final Resolutions resolutions;
    private final Access access;
    private final PdfPages pdfPages;
    private final MessageSource messages;
    private final CatalogView catalog;

    ReviewView(Resolutions resolutions, Access access, PdfPages pdfPages, MessageSource messages, CatalogView catalog) {
        this.catalog = catalog;
        this.resolutions = resolutions;
        this.access = access;
        this.pdfPages = pdfPages;
        this.messages = messages;
    }

    /** The options of the form's lists, by their enum names (the labels are messages {@code review.choice.*}). */
    record Choices(List<String> kinds, List<String> comparators, List<String> directions, List<String> groups, List<String> periodKinds) {}

    /** A part of the form, for an htmx request that changed it. */
    void section(Model model, Resolution resolution, ReviewForm form, List<ResolutionProblem> problems, Locale locale) {
        model.addAttribute("resolution", resolution);
        model.addAttribute("form", form);
        model.addAttribute("problems", ProblemList.of(problems, messages, locale));
        model.addAttribute("choices", CHOICES);
        model.addAttribute("allowed", access.allowed(resolution, CurrentActor.get()));
        model.addAttribute("warnings", new WarningWording(messages, locale).show(resolution.content().warnings()));
        model.addAttribute("rules", rules(resolution));
        catalog.addTo(model, resolution, locale);
    }

    /** The whole page. */
    void page(Model model, Resolution resolution, ReviewForm form, List<ResolutionProblem> problems, Locale locale) {
        section(model, resolution, form, problems, locale);
        Optional<String> text = resolutions.sourceText(resolution.id(), CurrentActor.get());
        model.addAttribute("segments", text.map(t -> SourceText.segments(t, form.indicators())).orElse(List.of()));
        model.addAttribute("pdfPages", pdfPages.isPdf(resolution)
                ? pdfPages.count(resolution, () -> resolutions.source(resolution.id(), CurrentActor.get())) : 0);
        model.addAttribute("status", status(resolution, locale));
    }

    String status(Resolution resolution, Locale locale) {
        return messages.getMessage("plan.status." + resolution.status().name(), null, locale);
    }

    /** The message key of a notice named in the address (?notice=saved), or null for any other. */
    static String notice(String name) {
        return name != null && NOTICES.contains(name) ? "review.notice." + name : null;
    }

    /** The names of the rules each saved target was read by, for "why was it read so". */
    private static Map<Long, List<String>> rules(Resolution resolution) {
        Map<Long, List<String>> rules = new HashMap<>();
        resolution.content().indicators().forEach(i -> i.targets().forEach(t -> rules.put(t.id(), t.rules())));
        return rules;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

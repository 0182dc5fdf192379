package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Evidence;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.plan.Target;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * The data-entry grid of a period: one row per target with its plan, the previous period's value
 * and this period's value, estimate mark and note. Each row saves itself when a field is left
 * (htmx); the answer is the row again: saved, refused with the reason, or in conflict with the
 * value someone else saved meanwhile, what was typed kept in the fields.
 */
@Controller
class EntryPages {
    private final Resolutions resolutions;
    private final Actuals actuals;
    private final Access access;
    private final MessageSource messages;
    private final Evidence evidence;

    EntryPages(Resolutions resolutions, Actuals actuals, Access access, MessageSource messages, Evidence evidence) {
        this.evidence = evidence;
        this.resolutions = resolutions;
        this.actuals = actuals;
        this.access = access;
        this.messages = messages;
    }

    /**
     * One row of the grid.
     *
     * @param state {@code saved}, {@code refused}, {@code conflict} or {@code null} (as loaded)
     * @param theirs in a conflict, the value someone else saved, as written on the page
     */
    record Row(long targetId, int indicatorNo, String subject, String plan, boolean milestone, String previous, String value,
            boolean estimate, String note, boolean achieved, String on, int version, String state, String message, String theirs) {}

    @GetMapping("/resolutions/{id}/periods/{period}/entry")
    String grid(@PathVariable long id, @PathVariable String period, @RequestParam(required = false) Integer imported, Model model,
            Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        Period p = PeriodPages.periodOf(resolution, period);
        List<ActualValue> values = actuals.forResolution(resolution, actor);
        List<Row> rows = new ArrayList<>();
        TargetWording wording = new TargetWording(messages, locale);
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                rows.add(row(indicator, target, p, values, wording, locale, null, null, null));
            }
        }
        model.addAttribute("resolution", resolution);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("locked", !actuals.periodStatus(resolution, p).open() || !access.allowed(resolution, Optional.of(actor)).edit());
        model.addAttribute("imported", imported);
        model.addAttribute("maxMegabytes", ImportPages.MAX_MEGABYTES);
        model.addAttribute("evidence", evidenceByTarget(resolution, p, values));
        model.addAttribute("evidenceMessages", Map.of());
        model.addAttribute("maxEvidence", Evidence.MAX_BYTES);
        return "plan/entry";
    }

    /**
     * Attaches a file as the evidence of a target's value for the period (htmx, from the grid's
     * file field): answers the row's evidence cell, with the file's link or why it was refused.
     */
    @PostMapping("/resolutions/{id}/periods/{period}/entry/{targetId}/evidence")
    String attach(@PathVariable long id, @PathVariable String period, @PathVariable long targetId, @RequestParam("file") MultipartFile file,
            HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        Period p = PeriodPages.periodOf(resolution, period);
        Placed placed = placed(resolution, targetId);
        String message;
        try {
            Upload upload = Upload.of(file);
            Evidence.File kept = evidence.attach(targetId, p.code(), upload.fileName(), upload.bytes(), actor);
            message = messages.getMessage("monitor.evidence.attached", new Object[] {kept.name()}, locale);
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            message = ProblemList.of(rejected.problems(), messages, locale).all().get(0).message();
        } catch (ApiRefusal tooLarge) {
            response.setStatus(422);
            message = messages.getMessage("monitor.evidence.tooLarge", new Object[] {Evidence.MAX_BYTES / 1048576}, locale);
        }
        List<ActualValue> values = actuals.forResolution(resolution, actor);
        // the answer is the row, as for a value; the page swaps in its evidence cell only
        String view = row(model, resolution, p, row(placed.indicator(), placed.target(), p, values, new TargetWording(messages, locale), locale,
                null, null, null));
        model.addAttribute("evidence", evidenceByTarget(resolution, p, values));
        model.addAttribute("evidenceMessages", Map.of(targetId, message));
        model.addAttribute("locked", !actuals.periodStatus(resolution, p).open());
        return view;
    }

    /** A target of the resolution and its indicator. */
    private record Placed(Indicator indicator, Target target) {}

    private static Placed placed(Resolution resolution, long targetId) {
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                if (target.id() == targetId) {
                    return new Placed(indicator, target);
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The evidence of the period's values, by target. */
    private Map<Long, Evidence.File> evidenceByTarget(Resolution resolution, Period period, List<ActualValue> values) {
        Map<Long, Evidence.File> files = evidence.forResolution(resolution);
        Map<Long, Evidence.File> byTarget = new HashMap<>();
        values.stream().filter(v -> v.period().equals(period.code()) && files.containsKey(v.id()))
                .forEach(v -> byTarget.put(v.targetId(), files.get(v.id())));
        return byTarget;
    }

    /** The evidence of a target's value for the period, for those in the resolution's scope. */
    @GetMapping("/resolutions/{id}/periods/{period}/entry/{targetId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable String period, @PathVariable long targetId) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        PeriodPages.periodOf(resolution, period);
        placed(resolution, targetId);
        return evidence.download(targetId, period, actor).map(EntryPages::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A stored file as an attachment, never shown in the page's origin as something else. */
    static ResponseEntity<byte[]> download(Evidence.Download file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/resolutions/{id}/periods/{period}/entry/{targetId}")
    String save(@PathVariable long id, @PathVariable String period, @PathVariable long targetId,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "false") boolean estimate,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "false") boolean achieved,
            @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "0") int version, HttpServletResponse response,
            Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        Period p = PeriodPages.periodOf(resolution, period);
        Placed placed = placed(resolution, targetId);
        Indicator indicator = placed.indicator();
        Target target = placed.target();
        LocalFormat format = LocalFormat.of(locale);
        boolean milestone = target.kind() == TargetKind.MILESTONE;
        Optional<BigDecimal> number = format.parseNumber(value);
        TargetWording wording = new TargetWording(messages, locale);
        Row typed = new Row(targetId, indicator.no(), target.subject(), wording.describe(target), milestone, "", value, estimate, note,
                achieved, on, version, "refused", null, null);
        if (!milestone && !value.isBlank() && number.isEmpty()) {
            response.setStatus(422);
            return row(model, resolution, p, withMessage(typed, messages.getMessage("monitor.entry.unreadable", new Object[] {value}, locale)));
        }
        if (milestone && !on.isBlank() && LocalFormat.parseDate(on).isEmpty()) {
            response.setStatus(422);
            return row(model, resolution, p, withMessage(typed, messages.getMessage("monitor.entry.dateUnreadable", new Object[] {on}, locale)));
        }
        ActualInput input = milestone
                ? new ActualInput(null, false, note, achieved, LocalFormat.parseDate(on).orElse(null))
                : new ActualInput(number.orElse(null), estimate, note, null, null);
        try {
            actuals.enter(targetId, p.code(), input, version == 0 ? null : version, actor);
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            return row(model, resolution, p, withMessage(typed, ProblemList.of(rejected.problems(), messages, locale).all().get(0).message()));
        } catch (StaleVersion | vn.chitieu.monitoring.VersionRequired changed) {
            response.setStatus(409);
            Optional<ActualValue> stored = actuals.forResolution(resolution, actor).stream()
                    .filter(v -> v.targetId() == targetId && v.period().equals(p.code())).findFirst();
            if (stored.isEmpty()) {
                response.setStatus(422);
                return row(model, resolution, p, withMessage(new Row(targetId, indicator.no(), target.subject(), typed.plan(), milestone, "",
                        value, estimate, note, achieved, on, 0, "refused", null, null),
                        messages.getMessage("monitor.notice.changed", null, locale)));
            }
            ActualValue theirs = stored.get();
            String written = theirs.value() != null ? Formats.number(theirs.value(), locale) : String.valueOf(theirs.achieved());
            Row conflict = new Row(targetId, indicator.no(), target.subject(), typed.plan(), milestone, "", value, estimate, note, achieved, on,
                    theirs.version(), "conflict",
                    messages.getMessage("monitor.entry.conflict", new Object[] {theirs.enteredBy(), written}, locale), written);
            return row(model, resolution, p, conflict);
        }
        List<ActualValue> values = actuals.forResolution(resolution, actor);
        return row(model, resolution, p, row(indicator, target, p, values, wording, locale, "saved", messages.getMessage("monitor.entry.saved", null, locale),
                null));
    }

    private static String row(Model model, Resolution resolution, Period period, Row row) {
        model.addAttribute("resolution", resolution);
        model.addAttribute("period", period);
        model.addAttribute("row", row);
        model.addAttribute("locked", false);
        // a value's answer swaps in the row's state cell only; its evidence cell is left as it is
        model.addAttribute("evidence", Map.of());
        model.addAttribute("evidenceMessages", Map.of());
        model.addAttribute("maxEvidence", Evidence.MAX_BYTES);
        return "plan/entry :: row";
    }

    private static Row withMessage(Row row, String message) {
        return new Row(row.targetId(), row.indicatorNo(), row.subject(), row.plan(), row.milestone(), row.previous(), row.value(),
                row.estimate(), row.note(), row.achieved(), row.on(), row.version(), row.state(), message, null);
    }

    private Row row(Indicator indicator, Target target, Period period, List<ActualValue> values, TargetWording wording, Locale locale,
            String state, String message, String theirs) {
        Optional<ActualValue> current = values.stream().filter(v -> v.targetId() == target.id() && v.period().equals(period.code()))
                .findFirst();
        Optional<ActualValue> previous = Actuals.previous(values, target.id(), period);
        return new Row(target.id(), indicator.no(), target.subject(), wording.describe(target), target.kind() == TargetKind.MILESTONE,
                previous.map(v -> Formats.number(v.value(), locale)).orElse(""),
                current.map(v -> v.value() == null ? "" : Formats.number(v.value(), locale)).orElse(""),
                current.map(ActualValue::estimate).orElse(false), current.map(ActualValue::note).orElse(""),
                current.map(v -> Boolean.TRUE.equals(v.achieved())).orElse(false),
                current.map(v -> v.achievedOn() == null ? "" : LocalFormat.typedDate(v.achievedOn())).orElse(""),
                current.map(ActualValue::version).orElse(0), state, message, theirs);
    }
}

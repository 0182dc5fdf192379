package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.assessment.Period;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualsImport;
import vn.chitieu.monitoring.ImportConflict;
import vn.chitieu.monitoring.ImportPreview;
import vn.chitieu.monitoring.ImportRefused;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;

/**
 * Importing a period's values from Excel on the data-entry page, without JavaScript: the file is
 * uploaded, the page shows what each row would do, and a confirmation writes the values it listed,
 * carried in the form with the version each value had when it was shown.
 */
@Controller
class EntryImportPages {
    private final Resolutions resolutions;
    private final ActualsImport imports;
    private final MessageSource messages;

    EntryImportPages(Resolutions resolutions, ActualsImport imports, MessageSource messages) {
        this.resolutions = resolutions;
        this.imports = imports;
        this.messages = messages;
    }

    /** The confirmation: the values the preview listed, each as strings, in form fields {@code rows[0].target}… */
    record ImportForm(List<ValueForm> rows) {
        ImportForm {
            rows = rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
        }
    }

    /** A previewed value: the sheet's row, the target, the value and the version of the value it replaces (0: none). */
    record ValueForm(String row, String target, String value, String estimate, String note, String achieved, String on, String version) {}

    /** A row of the preview as the page writes it. */
    record RowView(int row, String number, String text, String target, String value, String outcome, String state) {}

    @GetMapping("/resolutions/{id}/periods/{period}/entry/import")
    String form(@PathVariable long id, @PathVariable String period) {
        return "redirect:/resolutions/" + id + "/periods/" + period + "/entry#import";
    }

    @PostMapping("/resolutions/{id}/periods/{period}/entry/import")
    String preview(@PathVariable long id, @PathVariable String period, @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        Period p = PeriodPages.periodOf(resolution, period);
        ImportWording wording = new ImportWording(messages, locale);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, resolution, p, null, List.of(wording.message("monitor.import.noFile")), locale);
        }
        try {
            Upload upload = Upload.of(file);
            ImportPreview preview = imports.preview(id, p.code(), new DocumentSource(upload.fileName(), upload.bytes()), actor);
            return page(model, resolution, p, preview, List.of(), locale);
        } catch (ApiRefusal tooLargeOrIncomplete) {
            response.setStatus(tooLargeOrIncomplete.status().value());
            return page(model, resolution, p, null, List.of(messages.getMessage("api.problem." + tooLargeOrIncomplete.kind() + ".detail",
                    tooLargeOrIncomplete.args(), locale)), locale);
        } catch (ImportRefused refused) {
            response.setStatus(422);
            return page(model, resolution, p, null, wording.reasons(refused), locale);
        }
    }

    @PostMapping("/resolutions/{id}/periods/{period}/entry/import/confirm")
    String confirm(@PathVariable long id, @PathVariable String period, @ModelAttribute("importForm") ImportForm form, BindingResult forged,
            HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        Period p = PeriodPages.periodOf(resolution, period);
        if (forged.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ImportWording wording = new ImportWording(messages, locale);
        try {
            int written = imports.confirm(id, p.code(), confirmations(form), actor).size();
            return "redirect:/resolutions/" + id + "/periods/" + p.code() + "/entry?imported=" + written;
        } catch (ImportRefused refused) {
            response.setStatus(422);
            List<String> errors = new ArrayList<>(List.of(wording.message("monitor.import.notSaved")));
            errors.addAll(wording.reasons(refused));
            return page(model, resolution, p, null, errors, locale);
        } catch (ImportConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, resolution, p, null, wording.conflict(conflict), locale);
        }
    }

    /** The import page: what the preview found (if there is one), the errors, and the form to upload a file again. */
    static String page(Model model, Resolution resolution, Period period, ImportPreview preview, List<String> errors, ImportWording wording) {
        model.addAttribute("resolution", resolution);
        model.addAttribute("period", period);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", ImportPages.MAX_MEGABYTES);
        if (preview != null) {
            model.addAttribute("rows", preview.rows().stream().map(r -> view(r, wording)).toList());
            model.addAttribute("confirm", preview.toWrite().stream().map(EntryImportPages::hidden).toList());
            java.util.Map<String, Long> counts = new java.util.HashMap<>();
            for (ImportPreview.Outcome outcome : ImportPreview.Outcome.values()) {
                counts.put(outcome.name(), preview.count(outcome));
            }
            model.addAttribute("counts", counts);
        }
        return "plan/entry-import";
    }

    private String page(Model model, Resolution resolution, Period period, ImportPreview preview, List<String> errors, Locale locale) {
        return page(model, resolution, period, preview, errors, new ImportWording(messages, locale));
    }

    private static RowView view(ImportPreview.Row row, ImportWording wording) {
        String target = row.targetId() == null ? "" : wording.message("monitor.import.target", String.valueOf(row.indicatorNo()),
                row.subject() == null ? "" : row.subject());
        String value = row.input() != null ? wording.value(row.input()) : row.written();
        return new RowView(row.row(), row.number(), row.text(), target, value, wording.outcome(row), row.outcome().name().toLowerCase(Locale.ROOT));
    }

    private static ValueForm hidden(ImportPreview.Row row) {
        ActualInput input = row.input();
        return new ValueForm(String.valueOf(row.row()), String.valueOf(row.targetId()), input.value() == null ? "" : input.value().toPlainString(),
                String.valueOf(Boolean.TRUE.equals(input.estimate())), input.note() == null ? "" : input.note(),
                input.achieved() == null ? "" : String.valueOf(input.achieved()), input.on() == null ? "" : input.on().toString(),
                String.valueOf(row.current() == null ? 0 : row.current().version()));
    }

    /** The confirmed values as the form carries them; a form the page did not write is a bad request. */
    private static List<ActualsImport.Confirmation> confirmations(ImportForm form) {
        List<ActualsImport.Confirmation> confirmations = new ArrayList<>();
        try {
            for (ValueForm row : form.rows()) {
                ActualInput input = new ActualInput(blank(row.value()) ? null : new BigDecimal(row.value()), "true".equals(row.estimate()),
                        blank(row.note()) ? null : row.note(), blank(row.achieved()) ? null : Boolean.valueOf(row.achieved()),
                        blank(row.on()) ? null : LocalDate.parse(row.on()));
                confirmations.add(new ActualsImport.Confirmation(Integer.parseInt(row.row()), Long.parseLong(row.target()), input,
                        Integer.parseInt(row.version())));
            }
        } catch (NumberFormatException | DateTimeParseException notFromThePage) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return confirmations;
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }
}

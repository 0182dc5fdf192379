package vn.chitieu.batch.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.batch.Batch;
import vn.chitieu.batch.BatchRefused;
import vn.chitieu.batch.Batches;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * The province's batch pages: hand in the season's documents, then one page per batch with the
 * progress of the background work (polled by htmx every two seconds while there is any), the
 * communes to confirm or correct, and what became of each document.
 */
@Controller
class BatchPages {
    private static final String CHOICE = "unit.";
    private final Batches batches;

    BatchPages(Batches batches) {
        this.batches = batches;
    }

    @GetMapping("/units/{code}/batch")
    String index(@PathVariable String code, Model model) {
        return index(code, model, null);
    }

    private String index(String code, Model model, BatchRefused error) {
        Actor actor = BatchUploads.signedIn();
        model.addAttribute("province", batches.province(code, actor));
        model.addAttribute("recent", batches.recent(code, actor));
        model.addAttribute("error", error);
        return "batch/index";
    }

    @PostMapping("/units/{code}/batch")
    String upload(@PathVariable String code, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response) {
        try {
            Batch batch = batches.create(code, BatchUploads.files(files), BatchUploads.signedIn());
            return "redirect:/units/" + batch.provinceCode() + "/batch/" + batch.id();
        } catch (BatchRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return index(code, model, refused);
        }
    }

    @GetMapping("/units/{code}/batch/{id}")
    String batch(@PathVariable String code, @PathVariable long id, Model model) {
        Actor actor = BatchUploads.signedIn();
        Batch batch = batches.find(code, id, actor);
        model.addAttribute("province", batches.province(code, actor));
        model.addAttribute("batch", batch);
        model.addAttribute("communes", communes(batch));
        model.addAttribute("choices", batches.communes(batch.provinceCode()));
        return "batch/batch";
    }

    /**
     * The progress and results, for htmx to swap in. A page shown while the documents were being
     * read asks to be reloaded once they all are, to show the communes to confirm.
     */
    @GetMapping("/units/{code}/batch/{id}/progress")
    String progress(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "false") boolean reading, Model model,
            HttpServletResponse response) {
        Batch batch = batches.find(code, id, BatchUploads.signedIn());
        if (reading && !batch.reading()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("batch", batch);
        model.addAttribute("communes", communes(batch));
        return "batch/batch :: progress";
    }

    @PostMapping("/units/{code}/batch/{id}/confirm")
    String confirm(@PathVariable String code, @PathVariable long id, @RequestParam Map<String, String> form) {
        Map<Long, String> choices = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(CHOICE)) {
                try {
                    choices.put(Long.parseLong(name.substring(CHOICE.length())), value);
                } catch (NumberFormatException ignored) {
                    // not a document's choice
                }
            }
        });
        batches.confirm(code, id, choices, BatchUploads.signedIn());
        return "redirect:/units/" + code + "/batch/" + id;
    }

    /** The province's communes' names by code, to name the commune found or chosen for each document. */
    private Map<String, String> communes(Batch batch) {
        Map<String, String> names = new HashMap<>();
        batches.communes(batch.provinceCode()).forEach(commune -> names.put(commune.code(), commune.fullName()));
        return names;
    }

    /** The link the province's page shows its officers and admins; nothing for anyone else. */
    @GetMapping("/units/{code}/batch/link")
    String link(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<Actor> actor = CurrentActor.get();
        Optional<AdministrativeUnit> province = actor.flatMap(person -> batches.offered(code, person));
        if (province.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        model.addAttribute("province", province.get());
        return "batch/link";
    }
}

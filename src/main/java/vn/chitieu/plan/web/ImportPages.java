package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.document.DocumentException;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.plan.ImportResult;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.Actor;

/**
 * Importing a resolution: a page to hand in the file, then the review page of the new draft, or the
 * page of the resolution already imported from the same file. A file that cannot be read brings the
 * page back with what to do, and nothing is saved.
 */
@Controller
class ImportPages {
    /** The document readers refuse larger files; the page says so before the upload where it can. */
    static final int MAX_MEGABYTES = 20;
    /** Sent by upload.js, which shows the progress and then goes where this header says. */
    static final String NEXT = "X-Location";

    private final ResolutionImport imports;
    private final Access access;
    private final MessageSource messages;

    ImportPages(ResolutionImport imports, Access access, MessageSource messages) {
        this.imports = imports;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/units/{code}/import")
    String form(@PathVariable String code, Model model) {
        model.addAttribute("unit", access.editableUnit(code, Access.signedIn()));
        return page(model, List.of());
    }

    @PostMapping("/units/{code}/import")
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) throws IOException {
        Actor actor = Access.signedIn();
        AdministrativeUnit unit = access.editableUnit(code, actor);
        model.addAttribute("unit", unit);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, List.of(messages.getMessage("review.import.noFile", null, locale)));
        }
        ImportResult result;
        try {
            result = imports.importDocument(unit.code(), fileName(file), file.getBytes(), actor);
        } catch (DocumentException unreadable) {
            response.setStatus(422);
            return page(model, List.of(unreadable.getMessage()));
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            return page(model, ProblemList.of(rejected.problems(), messages, locale).all().stream().map(ProblemList.Entry::message)
                    .toList());
        }
        long id = result.resolution().id();
        String next = result.existing() ? "/resolutions/" + id + "?notice=existing" : "/resolutions/" + id + "/review?notice=imported";
        if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader(NEXT, request.getContextPath() + next);
            return null;
        }
        return "redirect:" + next;
    }

    static String page(Model model, List<String> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("maxBytes", MAX_MEGABYTES * 1024L * 1024L);
        model.addAttribute("maxMegabytes", MAX_MEGABYTES);
        return "plan/import";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        // some browsers send the whole path of the file on the person's computer
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}

package vn.chitieu.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.catalog.CatalogIndicator;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.CurrentActor;

/** The administrator's pages of the catalogue: the list, adding an indicator, editing one (the filter chain lets only admins in). */
@Controller
@RequestMapping("/admin/catalog")
class CatalogAdminPages {
    private final Catalog catalog;
    private final MessageSource messages;

    CatalogAdminPages(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String saved, Model model) {
        model.addAttribute("form", CatalogForm.empty());
        model.addAttribute("saved", saved);
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") CatalogForm form, HttpServletResponse response, Model model, Locale locale) {
        CatalogIndicator indicator = form.indicator(null);
        if (catalog.find(indicator.code()).isPresent()) {
            return refused(List.of(messages.getMessage("catalog.problem.exists", new Object[] {indicator.code()}, locale)), response, model,
                    this::listPage);
        }
        return save(indicator, response, model, locale, this::listPage);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        CatalogIndicator indicator = catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", CatalogForm.of(indicator));
        return "catalog/edit";
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") CatalogForm form, HttpServletResponse response, Model model,
            Locale locale) {
        catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return save(form.indicator(code), response, model, locale, m -> "catalog/edit");
    }

    private String save(CatalogIndicator indicator, HttpServletResponse response, Model model, Locale locale,
            java.util.function.Function<Model, String> page) {
        try {
            catalog.save(indicator, CurrentActor.get().orElseThrow());
            return "redirect:/admin/catalog?saved=" + indicator.code();
        } catch (ResolutionRejected rejected) {
            List<String> lines = rejected.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), locale)).toList();
            return refused(lines, response, model, page);
        }
    }

    private static String refused(List<String> problems, HttpServletResponse response, Model model,
            java.util.function.Function<Model, String> page) {
        response.setStatus(422);
        model.addAttribute("problems", problems);
        return page.apply(model);
    }

    private String listPage(Model model) {
        model.addAttribute("indicators", catalog.all());
        return "catalog/list";
    }
}

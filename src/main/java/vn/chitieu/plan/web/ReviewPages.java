package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.security.Actor;

/**
 * The review page of a draft: what the extractor read, beside the original text, to correct, save
 * and adopt. Buttons that add, remove, split or merge parts send the whole form and get back the
 * changed part of it (htmx) or the whole page (without JavaScript); what was typed is never lost.
 */
@Controller
class ReviewPages {
    private final Resolutions resolutions;
    private final Access access;
    private final ReviewView view;

    ReviewPages(Resolutions resolutions, Access access, ReviewView view) {
        this.resolutions = resolutions;
        this.access = access;
        this.view = view;
    }

    /** The form is a record tree built by its constructors only; there is nothing to set afterwards. */
    @InitBinder("form")
    void constructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/resolutions/{id}/review")
    String page(@PathVariable long id, @RequestParam(required = false) String notice, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        if (!reviewable(resolution, actor)) {
            return "redirect:/resolutions/" + id;
        }
        LocalFormat format = LocalFormat.of(locale);
        ReviewForm form = ReviewForm.of(resolution.version(), resolution.content(), format);
        view.page(model, resolution, form, resolution.content().problemsForAdoption(), locale);
        model.addAttribute("notice", ReviewView.notice(notice));
        return "plan/review";
    }

    @PostMapping("/resolutions/{id}/review")
    String submit(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult forged,
            @RequestParam(defaultValue = "refresh") String action, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Resolution resolution = resolutions.get(id, Optional.of(actor));
        model.addAttribute("unsaved", true);
        if (!reviewable(resolution, actor)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            view.page(model, resolution, form, List.of(new ResolutionProblem("plan.problem.notDraft", "status",
                    view.status(resolution, locale))), locale);
            return "plan/review";
        }
        FormEdit edit = FormEdit.apply(action, form);
        if (edit != null) {
            List<ResolutionProblem> problems = readingProblems(edit.form(), resolution, locale);
            model.addAttribute("focus", edit.focus());
            if (htmx != null) {
                view.section(model, resolution, edit.form(), problems, locale);
                return "plan/review-form :: partial(section='" + edit.section() + "')";
            }
            view.page(model, resolution, edit.form(), problems, locale);
            return "plan/review";
        }
        if (action.equals("save") || action.equals("adopt")) {
            return save(resolution, form, action.equals("adopt"), actor, response, model, locale);
        }
        view.page(model, resolution, form, readingProblems(form, resolution, locale), locale);
        return "plan/review";
    }

    private String save(Resolution resolution, ReviewForm form, boolean adopt, Actor actor, HttpServletResponse response, Model model,
            Locale locale) {
        FormReader.Reading reading = FormReader.read(form, resolution.content(), LocalFormat.of(locale));
        if (!reading.problems().isEmpty()) {
            response.setStatus(422);
            view.page(model, resolution, form, all(reading), locale);
            return "plan/review";
        }
        ReviewForm shown = form;
        try {
            int version = form.version() == null ? -1 : form.version();
            Resolution saved = resolutions.save(resolution.id(), version, reading.content(), actor);
            if (!adopt) {
                return "redirect:/resolutions/" + resolution.id() + "/review?notice=saved";
            }
            shown = form.withVersion(saved.version());
            resolutions.adopt(resolution.id(), actor);
            return "redirect:/resolutions/" + resolution.id() + "?notice=adopted";
        } catch (StaleVersion stale) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            view.page(model, resolution, form, all(reading), locale);
            model.addAttribute("stale", true);
            return "plan/review";
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            view.page(model, resolution, shown, rejected.problems(), locale);
            return "plan/review";
        }
    }

    private boolean reviewable(Resolution resolution, Actor actor) {
        Access.Allowed allowed = access.allowed(resolution, Optional.of(actor));
        if (!allowed.edit()) {
            throw new NotPermitted("review");
        }
        return allowed.review();
    }

    private List<ResolutionProblem> readingProblems(ReviewForm form, Resolution resolution, Locale locale) {
        return all(FormReader.read(form, resolution.content(), LocalFormat.of(locale)));
    }

    private static List<ResolutionProblem> all(FormReader.Reading reading) {
        List<ResolutionProblem> problems = new ArrayList<>(reading.problems());
        problems.addAll(reading.content().problemsForAdoption());
        return problems;
    }
}

package vn.chitieu.plan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.Comments;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * A resolution as everyone who may read it sees it (visitors: published ones only): its details,
 * indicators by field with their targets in words, tasks, status, what the person may do to it,
 * and its history.
 */
@Controller
class ResolutionPages {
    private static final int RECENT = 5;

    private final Resolutions resolutions;
    private final ResolutionPartsHtml parts;
    private final Comments comments;
    private final Access access;
    private final MessageSource messages;
    private final ObjectMapper json;

    ResolutionPages(Resolutions resolutions, ResolutionPartsHtml parts, Comments comments, Access access, MessageSource messages,
            ObjectMapper json) {
        this.resolutions = resolutions;
        this.parts = parts;
        this.comments = comments;
        this.access = access;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/resolutions/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String notice, Model model, Locale locale) {
        Resolution resolution = resolutions.get(id, CurrentActor.get());
        model.addAttribute("notice", ReviewView.notice(notice));
        return show(resolution, model, locale);
    }

    @PostMapping("/resolutions/{id}/{action:adopt|publish|archive|restore}")
    String act(@PathVariable long id, @PathVariable String action, HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        try {
            switch (action) {
                case "adopt" -> resolutions.adopt(id, actor);
                case "publish" -> resolutions.publish(id, actor);
                case "archive" -> resolutions.archive(id, actor);
                default -> resolutions.restore(id, actor);
            }
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            model.addAttribute("problems", ProblemList.of(rejected.problems(), messages, locale));
            return show(resolutions.get(id, Optional.of(actor)), model, locale);
        } catch (StaleVersion changedMeanwhile) {
            return "redirect:/resolutions/" + id + "?notice=changed";
        }
        String notice = switch (action) {
            case "adopt" -> "adopted";
            case "publish" -> "published";
            case "archive" -> "archived";
            default -> "restored";
        };
        return "redirect:/resolutions/" + id + "?notice=" + notice;
    }

    /**
     * Adds a comment and goes back to it; a comment that cannot be taken (empty, too long) shows the
     * page again with the reason beside the box and everything typed still in it.
     */
    @PostMapping("/resolutions/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(defaultValue = "") String body, HttpServletResponse response, Model model,
            Locale locale) {
        Actor actor = Access.signedIn();
        try {
            comments.add(id, body, actor);
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            model.addAttribute("commentDraft", body);
            model.addAttribute("commentProblem", ProblemList.of(rejected.problems(), messages, locale).all().get(0).message());
            return show(resolutions.get(id, Optional.of(actor)), model, locale);
        }
        return "redirect:/resolutions/" + id + "?notice=commented#comments";
    }

    /** Only for those whose scope holds the resolution (it names officials): a visitor is asked to sign in, as the API asks. */
    @GetMapping("/resolutions/{id}/history")
    String history(@PathVariable long id, @RequestParam(required = false) String notice, Model model, Locale locale) {
        Optional<Actor> actor = Optional.of(Access.signedIn());
        Resolution resolution = resolutions.get(id, actor);
        List<AuditEvent> events = resolutions.history(resolution, actor);
        model.addAttribute("resolution", resolution);
        model.addAttribute("history", new HistoryRows(json, messages, locale).rows(newestFirst(events)));
        model.addAttribute("restorable", resolutions.restorableParts(resolution, actor));
        model.addAttribute("notice", ReviewView.notice(notice));
        return "plan/history";
    }

    /** Brings back a part removed from a draft, from the history page that shows its removal. */
    @PostMapping("/resolutions/{id}/parts/{type:indicator|target|task}/{partId}/restore")
    String restorePart(@PathVariable("id") long id, @PathVariable("type") String type, @PathVariable("partId") long partId) {
        try {
            resolutions.restorePart(id, type, partId, Access.signedIn());
        } catch (ResolutionRejected | StaleVersion notNow) {
            return "redirect:/resolutions/" + id + "/history?notice=partNotRestored";
        }
        return "redirect:/resolutions/" + id + "/history?notice=partRestored";
    }

    private String show(Resolution resolution, Model model, Locale locale) {
        boolean showHistory = resolutions.mayReadHistory(resolution, CurrentActor.get());
        AuditTrail.Recent recent = showHistory ? resolutions.recentHistory(resolution, CurrentActor.get(), RECENT) : null;
        model.addAttribute("resolution", resolution);
        model.addAttribute("partsHtml", parts.of(resolution, locale));
        model.addAttribute("allowed", access.allowed(resolution, CurrentActor.get()));
        model.addAttribute("fmt", LocalFormat.of(locale));
        model.addAttribute("history", recent == null ? List.of() : new HistoryRows(json, messages, locale).rows(recent));
        model.addAttribute("moreHistory", recent != null && recent.more());
        model.addAttribute("showHistory", showHistory);
        model.addAttribute("comments", showHistory ? comments.list(resolution, CurrentActor.get()) : List.of());
        model.addAttribute("mayComment", comments.mayComment(resolution, CurrentActor.get()));
        model.addAttribute("maxComment", Comments.MAX_LENGTH);
        if (!model.containsAttribute("commentDraft")) {
            model.addAttribute("commentDraft", "");
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", ProblemList.none());
        }
        return "plan/resolution";
    }

    private static List<AuditEvent> newestFirst(List<AuditEvent> events) {
        List<AuditEvent> newest = new ArrayList<>(events);
        Collections.reverse(newest);
        return newest;
    }
}

package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Nature;
import vn.chitieu.assessment.Period;
import vn.chitieu.assessment.Reason;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Judgement;
import vn.chitieu.monitoring.Reporting;
import vn.chitieu.plan.Comments;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.plan.Target;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * A period of an adopted resolution as its officials and council see it: where the report
 * stands, every target judged with its reason, and the workflow's next steps (submit, approve,
 * return, reopen) for those who may take them.
 */
@Controller
class PeriodPages {
    private static final List<String> NOTICES = List.of("submitted", "approved", "returned", "reopened", "changed", "commented", "judged");

    private final Resolutions resolutions;
    private final Assessments assessments;
    private final Reporting reporting;
    private final Access access;
    private final MessageSource messages;
    private final Comments comments;
    private final Judgement judgement;

    PeriodPages(Resolutions resolutions, Assessments assessments, Reporting reporting, Access access, MessageSource messages,
            Comments comments, Judgement judgement) {
        this.resolutions = resolutions;
        this.comments = comments;
        this.judgement = judgement;
        this.assessments = assessments;
        this.reporting = reporting;
        this.access = access;
        this.messages = messages;
    }

    /** The plan's periods, each with where its report stands; the resolution's monitoring starts here. */
    @GetMapping("/resolutions/{id}/periods")
    String periods(@PathVariable long id, Model model) {
        Optional<Actor> actor = Optional.of(Access.signedIn());
        Resolution resolution = resolutions.get(id, actor);
        model.addAttribute("resolution", resolution);
        model.addAttribute("periods", reporting.periods(id, actor));
        return "plan/periods";
    }

    /** A period the plan does not open is a page that does not exist. */
    @GetMapping("/resolutions/{id}/periods/{period}")
    String period(@PathVariable long id, @PathVariable String period, @RequestParam(required = false) String notice, Model model,
            Locale locale) {
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? "monitor.notice." + notice : null);
        return show(id, period, model, locale);
    }

    @PostMapping("/resolutions/{id}/periods/{period}/{step:submit|approve|return|reopen}")
    String step(@PathVariable long id, @PathVariable String period, @PathVariable String step,
            @RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        try {
            switch (step) {
                case "submit" -> reporting.submit(id, period, actor);
                case "approve" -> reporting.approve(id, period, actor);
                default -> reporting.giveBack(id, period, reason, step.equals("reopen"), actor);
            }
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            model.addAttribute("problems", ProblemList.of(rejected.problems(), messages, locale));
            model.addAttribute("reasonTyped", reason);
            return show(id, period, model, locale);
        } catch (StaleVersion changedMeanwhile) {
            return "redirect:/resolutions/" + id + "/periods/" + period + "?notice=changed";
        }
        String notice = switch (step) {
            case "submit" -> "submitted";
            case "approve" -> "approved";
            case "return" -> "returned";
            default -> "reopened";
        };
        return "redirect:/resolutions/" + id + "/periods/" + period + "?notice=" + notice;
    }

    /**
     * A council member's or official's comment on the period, or on one target in it; one that
     * cannot be taken (empty, too long, a target not of this plan) shows the page again with the
     * reason beside the box and everything typed still in it.
     */
    @PostMapping("/resolutions/{id}/periods/{period}/comments")
    String comment(@PathVariable long id, @PathVariable String period, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long targetId, HttpServletResponse response, Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Period p = periodOf(resolutions.get(id, Optional.of(actor)), period);
        try {
            comments.add(id, targetId, p.code(), body, actor);
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            model.addAttribute("commentDraft", body);
            model.addAttribute("commentTarget", targetId);
            model.addAttribute("commentProblem", ProblemList.of(rejected.problems(), messages, locale).all().get(0).message());
            return show(id, period, model, locale);
        }
        return "redirect:/resolutions/" + id + "/periods/" + p.code() + "?notice=commented#comments";
    }

    /** How a target is judged, set by an official of its commune; the page shows the targets judged again. */
    @PostMapping("/resolutions/{id}/periods/{period}/targets/{targetId}/judgement")
    String judge(@PathVariable long id, @PathVariable String period, @PathVariable long targetId,
            @RequestParam(defaultValue = "") String nature, @RequestParam(defaultValue = "") String changeMode, HttpServletResponse response,
            Model model, Locale locale) {
        Actor actor = Access.signedIn();
        Period p = periodOf(resolutions.get(id, Optional.of(actor)), period);
        try {
            judgement.set(targetId, ActualsApi.choice(Nature.class, "nature", nature),
                    ActualsApi.choice(ChangeMode.class, "changeMode", changeMode), actor);
        } catch (ResolutionRejected rejected) {
            response.setStatus(422);
            model.addAttribute("problems", ProblemList.of(rejected.problems(), messages, locale));
            return show(id, period, model, locale);
        }
        return "redirect:/resolutions/" + id + "/periods/" + p.code() + "?notice=judged#chart-" + targetId;
    }

    private String show(long id, String periodCode, Model model, Locale locale) {
        Optional<Actor> actor = Optional.of(Access.signedIn());
        Resolution resolution = resolutions.get(id, actor);
        Period period = periodOf(resolution, periodCode);
        Assessments.Result result = assessments.assess(resolution, period.code(), actor, locale);
        Reporting.PeriodReport report = reporting.period(resolution, period, actor);
        TargetWording wording = new TargetWording(messages, locale);
        Map<Long, String> planned = new HashMap<>();
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                planned.put(target.id(), wording.describe(target));
            }
        }
        model.addAttribute("resolution", resolution);
        model.addAttribute("period", period);
        model.addAttribute("periodLabel", Reason.heading(period, locale));
        model.addAttribute("report", report);
        model.addAttribute("result", result);
        model.addAttribute("planned", planned);
        Map<Long, String> charts = new HashMap<>();
        Map<Long, String> histories = new HashMap<>();
        for (Assessments.TargetResult target : result.targets()) {
            String chart = TargetCharts.json(target, period, messages, locale);
            if (chart != null) {
                charts.put(target.targetId(), chart);
                histories.put(target.targetId(), TargetCharts.historyTable(target, messages, locale));
            }
        }
        model.addAttribute("charts", charts);
        model.addAttribute("histories", histories);
        Map<Long, String> subjects = new HashMap<>();
        result.targets().forEach(t -> subjects.put(t.targetId(), t.indicatorNo() + ". " + t.subject()));
        model.addAttribute("subjects", subjects);
        model.addAttribute("judgements", judgement.forResolution(resolution));
        model.addAttribute("natures", Nature.values());
        model.addAttribute("changeModes", ChangeMode.values());
        boolean readsComments = resolutions.mayReadHistory(resolution, actor);
        model.addAttribute("readsComments", readsComments);
        model.addAttribute("comments", readsComments
                ? comments.list(resolution, actor).stream().filter(c -> period.code().equals(c.period())).toList() : List.of());
        model.addAttribute("mayComment", comments.mayComment(resolution, actor));
        model.addAttribute("maxComment", Comments.MAX_LENGTH);
        if (!model.containsAttribute("commentDraft")) {
            model.addAttribute("commentDraft", "");
        }
        model.addAttribute("bar", CountBar.of(result.counts()));
        model.addAttribute("reportFormats", List.of("docx", "pdf", "xlsx"));
        model.addAttribute("mayDraft", resolutions.inScope(resolution, actor));
        model.addAttribute("allowed", access.allowed(resolution, CurrentActor.get()));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", ProblemList.none());
        }
        if (!model.containsAttribute("reasonTyped")) {
            model.addAttribute("reasonTyped", "");
        }
        return "plan/period";
    }

    /** A period the resolution's plan opens; any other is a page that does not exist. */
    static Period periodOf(Resolution resolution, String code) {
        try {
            return Actuals.planPeriod(resolution, code);
        } catch (ResolutionRejected notOfThePlan) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

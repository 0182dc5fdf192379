package vn.chitieu.publicsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Attainment;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Assessments.TargetResult;
import vn.chitieu.monitoring.Reporting;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.web.TargetWording;
import vn.chitieu.web.Formats;

/**
 * The published resolutions and their approved results, read as a visitor would read them: a
 * resolution that is not published (or is archived) is "not found", and only the values of
 * approved periods are judged ({@link Assessments#assess} with {@code approvedOnly}).
 */
@Service
public class PublicResults {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final Resolutions resolutions;
    private final Assessments assessments;
    private final Reporting reporting;
    private final MessageSource messages;
    private final Clock clock;

    PublicResults(Resolutions resolutions, Assessments assessments, Reporting reporting, MessageSource messages, Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.assessments = assessments;
        this.reporting = reporting;
        this.messages = messages;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    /** A published resolution; {@code ResolutionNotFound} for any other. */
    @Transactional(readOnly = true)
    public Resolution published(long id) {
        return resolutions.get(id, Optional.empty());
    }

    /** The published resolutions of a commune, or of every commune of a province, newest first. */
    @Transactional(readOnly = true)
    public List<ResolutionSummary> publishedIn(String unitCode, boolean province) {
        List<ResolutionSummary> visible = province ? resolutions.listInProvince(unitCode, false, Optional.empty())
                : resolutions.list(unitCode, ResolutionStatus.PUBLISHED, false, Optional.empty());
        return visible.stream().filter(r -> r.status() == ResolutionStatus.PUBLISHED).toList();
    }

    /** Every published resolution, for the sitemap. */
    @Transactional(readOnly = true)
    public List<ResolutionSummary> allPublished() {
        return resolutions.list(null, ResolutionStatus.PUBLISHED, false, Optional.empty()).stream()
                .filter(r -> r.status() == ResolutionStatus.PUBLISHED).toList();
    }

    /**
     * What the public view of a resolution depends on: its version (publishing, archiving, any
     * change), its approvals, and the day (a target not yet due may fall due).
     */
    @Transactional(readOnly = true)
    public String stamp(Resolution resolution) {
        Reporting.Approvals approvals = reporting.approvals(resolution);
        return resolution.id() + "/" + resolution.version() + "/" + approvals.count() + "/"
                + (approvals.latest() == null ? "-" : approvals.latest().toEpochMilli()) + "/" + LocalDate.now(clock);
    }

    /** Each target with its latest approved result, in the resolution's order. */
    @Transactional(readOnly = true)
    public List<ResultLine> latest(Resolution resolution, Locale locale) {
        return lines(resolution, locale, true);
    }

    /**
     * Every approved result of every target, each judged in its own period; a target without one
     * appears once without it. In Vietnamese, the language of the open data.
     */
    @Transactional(readOnly = true)
    public List<ResultLine> all(Resolution resolution) {
        return lines(resolution, VIETNAMESE, false);
    }

    private List<ResultLine> lines(Resolution resolution, Locale locale, boolean latestOnly) {
        List<Period> periods = Actuals.periods(resolution);
        Map<Long, List<Actual>> approved = new HashMap<>();
        Map<String, Map<Long, TargetResult>> judged = new HashMap<>();
        if (!periods.isEmpty()) {
            Period last = periods.stream().max(Comparator.naturalOrder()).orElseThrow();
            // the plan's last period sees every approved value before it: one assessment gives each target's approved history
            Assessments.Result whole = assessments.assess(resolution, last.code(), Optional.empty(), locale, true);
            TreeSet<Period> wanted = new TreeSet<>();
            for (TargetResult t : whole.targets()) {
                List<Actual> history = latestOnly && !t.history().isEmpty() ? List.of(t.history().get(t.history().size() - 1)) : t.history();
                approved.put(t.targetId(), history);
                history.forEach(a -> wanted.add(a.period()));
            }
            judged.put(last.code(), byTarget(whole));
            for (Period period : wanted) {
                judged.computeIfAbsent(period.code(), code -> byTarget(assessments.assess(resolution, code, Optional.empty(), locale, true)));
            }
        }
        TargetWording wording = TargetWording.of(messages, locale);
        List<ResultLine> lines = new ArrayList<>();
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                String plan = wording.describe(target);
                List<Actual> results = approved.getOrDefault(target.id(), List.of());
                if (results.isEmpty()) {
                    lines.add(new ResultLine(indicator.no(), indicator.text(), target, plan, null, null, null, null, false,
                            AttainmentStatus.NO_DATA, null));
                }
                for (Actual actual : results) {
                    Attainment attainment = judged.get(actual.period().code()).get(target.id()).assessment().attainment();
                    lines.add(new ResultLine(indicator.no(), indicator.text(), target, plan, actual.period(), actual.value(),
                            actual.achieved(), actual.on(), actual.estimate(), attainment.status(), attainment.percentOfPlan()));
                }
            }
        }
        return lines;
    }

    private static Map<Long, TargetResult> byTarget(Assessments.Result result) {
        Map<Long, TargetResult> targets = new HashMap<>();
        result.targets().forEach(t -> targets.put(t.targetId(), t));
        return targets;
    }
}

package vn.chitieu.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Assessment;
import vn.chitieu.assessment.Assessor;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Goal;
import vn.chitieu.assessment.IndicatorStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.DocumentInfo.PlanPeriod;
import vn.chitieu.monitoring.internal.ActualRepository;
import vn.chitieu.monitoring.internal.JudgementRepository;
import vn.chitieu.monitoring.internal.JudgementRepository.Settings;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.Target;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * A resolution's assessment for a period: every target judged by the assessment module from the
 * values entered (approved ones only for visitors), each indicator counted, and the summary line
 * of the report ("Có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó 7 chỉ tiêu vượt").
 */
@Service
public class Assessments {
    private final Resolutions resolutions;
    private final ActualRepository actuals;
    private final JudgementRepository judgements;
    private final Assessor assessor = new Assessor();
    private final Clock clock;

    Assessments(Resolutions resolutions, ActualRepository actuals, JudgementRepository judgements, Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.actuals = actuals;
        this.judgements = judgements;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    /**
     * One target's judgement, with its reasons already in the reader's language.
     *
     * @param goal what the target asks, as the assessment read it
     * @param history the values the reader may see up to the end of the period assessed, oldest first
     * @param note the note entered with the period's own value, if any
     */
    public record TargetResult(long targetId, int indicatorNo, String subject, String unit, Assessment assessment, String reason,
            String trajectoryReason, Goal goal, List<Actual> history, String note) {}

    public record IndicatorResult(int no, String text, AttainmentStatus status) {}

    /**
     * @param counts indicators by status
     * @param summary "Có x/y chỉ tiêu đạt và vượt kế hoạch, trong đó z chỉ tiêu vượt" in the reader's language
     */
    public record Result(long resolutionId, String period, List<TargetResult> targets, List<IndicatorResult> indicators,
            Map<AttainmentStatus, Integer> counts, String summary) {}

    @Transactional(readOnly = true)
    public Result assess(long resolutionId, String periodCode, Optional<Actor> actor, Locale locale) {
        return assess(resolutions.get(resolutionId, actor), periodCode, actor, locale);
    }

    /** The same, for a resolution already loaded for the person. */
    @Transactional(readOnly = true)
    public Result assess(Resolution resolution, String periodCode, Optional<Actor> actor, Locale locale) {
        return assess(resolution, periodCode, actor, locale, false);
    }

    /**
     * The same, from approved values only when {@code approvedOnly} (an official report); otherwise
     * from every value the person may see.
     */
    @Transactional(readOnly = true)
    public Result assess(Resolution resolution, String periodCode, Optional<Actor> actor, Locale locale, boolean approvedOnly) {
        long resolutionId = resolution.id();
        Period period = Actuals.planPeriod(resolution, periodCode);
        boolean all = !approvedOnly && resolutions.inScope(resolution, actor);
        Set<String> approved = all ? Set.of() : actuals.approvedPeriods(resolutionId);
        Map<Long, List<Actual>> values = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (ActualValue v : actuals.forResolution(resolutionId)) {
            if (all || approved.contains(v.period())) {
                values.computeIfAbsent(v.targetId(), k -> new ArrayList<>())
                        .add(new Actual(Period.parse(v.period()), v.value(), v.achieved(), v.achievedOn(), v.estimate()));
                if (v.note() != null && v.period().equals(period.code())) {
                    notes.put(v.targetId(), v.note());
                }
            }
        }
        PlanPeriod plan = resolution.content().document().period();
        Map<Long, Settings> settings = judgements.forResolution(resolutionId);
        LocalDate today = LocalDate.now(clock);
        List<TargetResult> targets = new ArrayList<>();
        List<IndicatorResult> indicators = new ArrayList<>();
        Map<AttainmentStatus, Integer> counts = new EnumMap<>(AttainmentStatus.class);
        for (Indicator indicator : resolution.content().indicators()) {
            List<AttainmentStatus> statuses = new ArrayList<>();
            for (Target target : indicator.targets()) {
                Goal goal = goal(target, plan, settings.getOrDefault(target.id(), Settings.NONE));
                List<Actual> known = values.getOrDefault(target.id(), List.of());
                Assessment assessment = assessor.assess(goal, known, period, today);
                statuses.add(assessment.attainment().status());
                List<Actual> history = known.stream().filter(a -> !a.period().end().isAfter(period.end()))
                        .sorted(Comparator.comparing(Actual::period)).toList();
                targets.add(new TargetResult(target.id(), indicator.no(), target.subject(), target.unit(), assessment,
                        assessment.attainment().reason().in(locale),
                        assessment.trajectory() == null ? null : assessment.trajectory().reason().in(locale), goal, history,
                        notes.get(target.id())));
            }
            AttainmentStatus status = IndicatorStatus.of(statuses);
            counts.merge(status, 1, Integer::sum);
            indicators.add(new IndicatorResult(indicator.no(), indicator.text(), status));
        }
        String summary = IndicatorStatus.summary(counts).in(locale);
        return new Result(resolutionId, period.code(), targets, indicators, counts, summary);
    }

    static Goal goal(Target target, PlanPeriod plan, Settings settings) {
        return goal(target, plan.start(), plan.end(), settings.nature(), settings.changeMode());
    }

    /**
     * What the assessment judges a target by, in a plan running from {@code planStart} to {@code planEnd},
     * with how an official said it is judged ({@code null}s: guessed). For modules that read targets themselves.
     */
    public static Goal goal(Target target, java.time.LocalDate planStart, java.time.LocalDate planEnd,
            vn.chitieu.assessment.Nature nature, vn.chitieu.assessment.ChangeMode changeMode) {
        return new Goal(target.subject(), target.kind(), target.comparator(), target.value(), target.valueMax(), target.unit(),
                target.direction(), target.perYear(), target.year(), target.deadline(),
                target.baseline() == null ? null : target.baseline().value(), target.baseline() == null ? null : target.baseline().year(),
                nature, changeMode, planStart, planEnd);
    }
}

package vn.chitieu.plan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Assessor;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Goal;
import vn.chitieu.assessment.Nature;
import vn.chitieu.assessment.Period;
import vn.chitieu.assessment.Reason;
import vn.chitieu.assessment.Trajectory;
import vn.chitieu.assessment.TrajectoryStatus;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.monitoring.Assessments.TargetResult;
import vn.chitieu.web.Formats;

/**
 * What a target's chart on the period page draws, as the JSON {@code static/js/charts.js} hands
 * to Chart.js: the values entered so far, the plan's level, the path from the baseline to the
 * target, and the projection of the observed trend to the target year. Time runs along a linear
 * axis in years, a period placed at its end (the first half of 2026 at 2026.5, the year 2026 at
 * 2027), so half-years, years and the baseline share one axis without a date library.
 */
final class TargetCharts {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The trajectories measured from values, whose projection is drawn. */
    private static final Set<TrajectoryStatus> MEASURED = EnumSet.of(TrajectoryStatus.ON_TRACK, TrajectoryStatus.ACCELERATE,
            TrajectoryStatus.LIMITED, TrajectoryStatus.DETERIORATING);

    private TargetCharts() {}

    /**
     * The chart's data, or {@code null} for a target a chart says nothing about (a milestone, or
     * nothing to draw). The plan's level, the path and the projection are the assessment's own
     * numbers (Assessor.required, Assessor.baseline, the trajectory), so the picture and the
     * words beside it never disagree.
     */
    static String json(TargetResult target, Period period, MessageSource messages, Locale locale) {
        Goal goal = target.goal();
        if (goal.kind() == TargetKind.MILESTONE) {
            return null;
        }
        Trajectory trajectory = target.assessment().trajectory();
        // a FLOW's part-year values are year-to-date sums: only the assessed year's are drawn beside the years' totals
        boolean flow = goal.nature() == Nature.FLOW;
        List<Map<String, Object>> actual = new ArrayList<>();
        for (Actual value : target.history()) {
            if (value.value() != null && (!flow || !value.period().partOfYear() || value.period().year() == period.year())) {
                actual.add(point(at(value.period().end()), value.value(), Reason.heading(value.period(), locale), value.estimate()));
            }
        }
        double horizon = at(goal.horizonEnd());
        Optional<BigDecimal> baseline = Assessor.baseline(goal, target.history());
        double baseAt = goal.baseYear() + 1;
        BigDecimal level = goal.kind() != TargetKind.CHANGE ? goal.value()
                : baseline.map(b -> Assessor.required(goal, b, goal.targetYear())).orElse(null);
        if (actual.isEmpty() && level == null) {
            return null;
        }
        // from the baseline (or the plan's start) to the target's horizon: never an axis without width
        double from = Math.min(baseline.isPresent() ? baseAt : at(goal.planStart().minusDays(1)), first(actual, horizon));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("actual", actual);
        if (level != null && goal.kind() != TargetKind.CHANGE) {
            series.put("plan", List.of(point(from, level), point(horizon, level)));
        }
        if (goal.comparator() == Comparator.RANGE && goal.valueMax() != null) {
            series.put("planMax", List.of(point(from, goal.valueMax()), point(horizon, goal.valueMax())));
        }
        if (baseline.isPresent() && level != null && goal.baseYear() < goal.targetYear() && goal.comparator() != Comparator.RANGE) {
            series.put("path", path(goal, baseline.get(), level));
        }
        if (trajectory != null && MEASURED.contains(trajectory.status()) && trajectory.projection() != null && trajectory.latestPeriod() != null
                && trajectory.latestPeriod().year() < trajectory.targetYear()) {
            series.put("projection", List.of(point(trajectory.latestPeriod().year() + 1, trajectory.latest()),
                    point(trajectory.targetYear() + 1, trajectory.projection())));
        }
        Map<String, Object> labels = new LinkedHashMap<>();
        for (String key : List.of("actual", "plan", "planMax", "path", "projection", "estimate")) {
            labels.put(key, messages.getMessage("monitor.chart." + key, null, locale));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        // "tăng 10%/năm" gives the growth in %, not the unit of the values
        boolean growth = goal.kind() == TargetKind.CHANGE && goal.changeMode() == ChangeMode.RELATIVE;
        chart.put("unit", target.unit() == null || growth ? "" : target.unit());
        chart.put("min", from);
        chart.put("max", horizon);
        chart.put("series", series);
        chart.put("labels", labels);
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The level the target needs at the end of each year from the baseline's to the target's. A
     * yearly change ("tăng 10%/năm", "giảm 1 điểm/năm") is the requirement of each year itself;
     * otherwise the way from the baseline to the target as the trajectory measures it: straight
     * for a change in points or where a value is negative, else at a constant growth rate.
     */
    static List<Map<String, Object>> path(Goal goal, BigDecimal baseline, BigDecimal level) {
        int baseYear = goal.baseYear();
        int targetYear = goal.targetYear();
        double y0 = baseline.doubleValue();
        double yT = level.doubleValue();
        boolean yearly = goal.kind() == TargetKind.CHANGE && goal.perYear();
        boolean linear = goal.kind() == TargetKind.CHANGE && goal.changeMode() == ChangeMode.POINTS || y0 <= 0 || yT <= 0;
        List<Map<String, Object>> path = new ArrayList<>();
        for (int year = baseYear; year <= targetYear; year++) {
            double share = (year - baseYear) / (double) (targetYear - baseYear);
            BigDecimal y = yearly ? Assessor.required(goal, baseline, year)
                    : BigDecimal.valueOf(linear ? y0 + (yT - y0) * share : y0 * Math.pow(yT / y0, share));
            path.add(point(year + 1, y.setScale(2, RoundingMode.HALF_UP)));
        }
        return path;
    }

    /**
     * The values behind a chart as a small table, for those who do not see the chart and for
     * anyone who wants the figures: written here rather than by the template, as a page draws one
     * per target and the template engine would spend more on it than everything else.
     */
    static String historyTable(TargetResult target, MessageSource messages, Locale locale) {
        if (target.history().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(128 + 80 * target.history().size());
        html.append("<table class=\"rv-chart-data\"><caption>").append(escape(messages.getMessage("monitor.chart.data", null, locale)))
                .append("</caption><thead><tr><th scope=\"col\">").append(escape(messages.getMessage("monitor.period", null, locale)))
                .append("</th><th scope=\"col\" class=\"number\">").append(escape(messages.getMessage("monitor.table.actual", null, locale)))
                .append("</th></tr></thead><tbody>");
        String achieved = escape(messages.getMessage("monitor.entry.achieved", null, locale));
        String estimate = escape(messages.getMessage("monitor.estimate", null, locale));
        for (Actual value : target.history()) {
            html.append("<tr><td>").append(escape(Reason.heading(value.period(), locale))).append("</td><td class=\"number\">")
                    .append(value.value() != null ? escape(Formats.number(value.value(), locale)) : Boolean.TRUE.equals(value.achieved()) ? achieved : "");
            if (value.estimate()) {
                html.append(" <span class=\"rv-badge\">").append(estimate).append("</span>");
            }
            html.append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A day on the chart's axis: the end of June 2026 is 2026.5, the end of 2026 is 2027. */
    static double at(LocalDate end) {
        return end.getYear() + end.getMonthValue() / 12.0;
    }

    private static double first(List<Map<String, Object>> actual, double otherwise) {
        return actual.isEmpty() ? otherwise : (double) actual.get(0).get("x");
    }

    private static Map<String, Object> point(double x, BigDecimal y) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("x", x);
        point.put("y", y);
        return point;
    }

    private static Map<String, Object> point(double x, BigDecimal y, String label, boolean estimate) {
        Map<String, Object> point = point(x, y);
        point.put("label", label);
        point.put("estimate", estimate);
        return point;
    }
}

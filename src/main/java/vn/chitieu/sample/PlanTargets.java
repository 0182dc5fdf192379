package vn.chitieu.sample;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Target;
import vn.chitieu.sample.Measure.Form;
import vn.chitieu.sample.Measure.Shape;

/**
 * The indicators and targets of one generated plan: a measure of every kind of target first (so each
 * plan has levels both ways, relative and point changes, an approximate level, a range, a level to
 * maintain and a milestone), the rest drawn at random, each target set from where the commune stood
 * in the plan's baseline year and how far such plans usually ask to go.
 */
final class PlanTargets {
    /** The kinds of target every plan has one of, in the order they are chosen. */
    static final List<Form> FAMILIES = List.of(Form.LEVEL_GE, Form.LEVEL_LE, Form.CHANGE_RELATIVE, Form.CHANGE_POINTS, Form.APPROX,
            Form.RANGE, Form.MAINTAIN, Form.MILESTONE);
    private static final List<IndicatorGroup> GROUPS = List.of(IndicatorGroup.ECONOMY, IndicatorGroup.SOCIETY, IndicatorGroup.ENVIRONMENT,
            IndicatorGroup.DIGITAL_ADMIN, IndicatorGroup.DEFENSE_SECURITY);
    private static final Map<IndicatorGroup, String> HEADINGS = Map.of(
            IndicatorGroup.ECONOMY, "Về kinh tế",
            IndicatorGroup.SOCIETY, "Về văn hóa - xã hội",
            IndicatorGroup.ENVIRONMENT, "Về môi trường",
            IndicatorGroup.DIGITAL_ADMIN, "Về chuyển đổi số, cải cách hành chính",
            IndicatorGroup.DEFENSE_SECURITY, "Về quốc phòng - an ninh");

    /** A target and what it was made from, in the plan's order. */
    record Planned(Target target, Measure measure, Form form) {}

    /** The plan's indicators and, in the same order, its targets with their measures. */
    record Result(List<Indicator> indicators, List<Planned> targets) {}

    private PlanTargets() {}

    /** The measures a plan of this kind can have in a commune: each suits the commune and the plan writes a target on it. */
    static List<Measure> candidates(boolean fiveYear, boolean urban) {
        return Measures.ALL.stream().filter(m -> m.form(fiveYear) != null && m.suits(urban)).toList();
    }

    static Result make(SamplePlan plan, boolean urban, String unitKind, int count, Map<Measure, Course> courses, Random random) {
        List<Measure> candidates = new ArrayList<>(candidates(plan.fiveYear(), urban));
        Collections.shuffle(candidates, random);
        List<Measure> chosen = new ArrayList<>();
        for (Form family : FAMILIES) {
            candidates.stream().filter(m -> m.form(plan.fiveYear()).family() == family && !chosen.contains(m)).findFirst()
                    .filter(m -> chosen.size() < count).ifPresent(chosen::add);
        }
        candidates.stream().filter(m -> !chosen.contains(m)).limit(Math.max(0, count - chosen.size())).forEach(chosen::add);
        chosen.sort(java.util.Comparator.comparing((Measure m) -> GROUPS.indexOf(m.group())).thenComparing(Measures.ALL::indexOf));

        Map<String, List<Planned>> byIndicator = new LinkedHashMap<>();
        for (Measure measure : chosen) {
            Form form = measure.form(plan.fiveYear());
            Target target = target(measure, form, plan, unitKind, courses.get(measure), random);
            byIndicator.computeIfAbsent(measure.group() + "/" + measure.indicator(), k -> new ArrayList<>())
                    .add(new Planned(target, measure, form));
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Planned> targets = new ArrayList<>();
        int no = 0;
        for (List<Planned> parts : byIndicator.values()) {
            IndicatorGroup group = parts.get(0).measure().group();
            String text = String.join("; ", parts.stream()
                    .map(p -> Wording.clause(p.target(), p.form(), plan.baseYear())).toList()) + ".";
            String heading = (GROUPS.indexOf(group) + 1) + ". " + HEADINGS.get(group);
            indicators.add(new Indicator(null, ++no, group, heading, text, null, parts.stream().map(Planned::target).toList()));
            targets.addAll(parts);
        }
        return new Result(indicators, targets);
    }

    private static Target target(Measure measure, Form form, SamplePlan plan, String unitKind, Course course, Random random) {
        String subject = measure.subjectFor(unitKind);
        if (form == Form.MILESTONE) {
            Integer year = plan.fiveYear() ? Math.max(plan.startYear(), plan.endYear() - random.nextInt(3)) : null;
            LocalDate deadline = plan.fiveYear() ? null : LocalDate.of(plan.endYear(), 3 + 3 * random.nextInt(4), 1).plusMonths(1).minusDays(1);
            return target(subject, TargetKind.MILESTONE, null, null, null, null, null, false, year, deadline);
        }
        double base = course.at(plan.baseYear());
        int years = plan.endYear() - plan.baseYear();
        double planned = planned(measure, base, years);
        Integer year = plan.fiveYear() ? plan.endYear() : null;
        String per = measure.per() != null ? measure.per() : measure.flow() && plan.fiveYear() ? "năm" : null;
        Direction direction = measure.trend() < 0 ? Direction.DOWN : Direction.UP;
        return switch (form) {
            case LEVEL_GE, LEVEL_LE -> target(subject, TargetKind.LEVEL, form == Form.LEVEL_LE ? Comparator.LE : Comparator.GE,
                    nice(measure, planned), null, measure.unit(), per, false, year, null);
            case LEVEL_GT -> target(subject, TargetKind.LEVEL, Comparator.GT,
                    nice(measure, measure.shape() == Shape.RATE ? Math.min(planned, 99) : planned), null, measure.unit(), per, false, year, null);
            case APPROX -> target(subject, TargetKind.LEVEL, Comparator.APPROX, nice(measure, planned), null, measure.unit(), per, false, null,
                    null);
            case RANGE -> {
                double width = Math.max(0.2, 0.15 * Math.abs(base));
                yield target(subject, TargetKind.LEVEL, Comparator.RANGE, nice(measure, base - width), nice(measure, base + width),
                        measure.unit(), null, false, year, null);
            }
            case CHANGE_RELATIVE, CHANGE_RELATIVE_PER_YEAR -> target(subject, TargetKind.CHANGE, Comparator.GE,
                    tenth(Math.abs(measure.trend()) * 100), null, "%", null, form == Form.CHANGE_RELATIVE_PER_YEAR, null, null, direction);
            case CHANGE_POINTS, CHANGE_POINTS_PER_YEAR -> target(subject, TargetKind.CHANGE, Comparator.GE,
                    tenth(Math.max(0.1, Math.min(Math.abs(measure.trend()), base / (years + 2)))), null, "%", null,
                    form == Form.CHANGE_POINTS_PER_YEAR, null, null, direction);
            case CHANGE_ABSOLUTE -> target(subject, TargetKind.CHANGE, Comparator.GE,
                    BigDecimal.valueOf(Math.max(1, Math.round(Math.abs(planned - base)))), null, measure.unit(), null, false, year, null,
                    direction);
            case MAINTAIN -> target(subject, TargetKind.MAINTAIN, Comparator.GE, maintained(measure, base, random), null, measure.unit(), null,
                    false, year, null);
            case MILESTONE -> throw new IllegalStateException("a milestone has no level");
        };
    }

    /** Where the plan means the measure to be after {@code years}: the baseline moved at the plan's pace. */
    static double planned(Measure measure, double base, int years) {
        if (measure.shape() == Shape.AMOUNT) {
            return base * Math.pow(1 + measure.trend(), years);
        }
        double change = measure.trend() * years;
        if (measure.shape() == Shape.RATE) {
            // no plan asks a rate to cover more than most of the way to 0 or 100 %
            return measure.trend() < 0 ? base + Math.max(change, -0.5 * base) : base + Math.min(change, 0.7 * (100 - base));
        }
        return Math.max(0, base + change);
    }

    /** A level to keep: a little under where the commune stands, in whole points or things. */
    private static BigDecimal maintained(Measure measure, double base, Random random) {
        if (measure.shape() == Shape.RATE) {
            return BigDecimal.valueOf(base >= 99.5 ? Math.round(base) : (long) Math.floor(base - random.nextDouble()));
        }
        return BigDecimal.valueOf(Math.max(1, (long) Math.floor(base)));
    }

    /** A plan's round figure: whole points of a rate above 10 %, tenths below; three significant figures of an amount. */
    static BigDecimal nice(Measure measure, double value) {
        return switch (measure.shape()) {
            case RATE -> value >= 10 ? BigDecimal.valueOf(Math.round(value)) : tenth(value);
            case AMOUNT -> plain(new BigDecimal(value, new MathContext(3, RoundingMode.HALF_UP)).setScale(Math.min(measure.decimals(), 1),
                    RoundingMode.HALF_UP));
            default -> BigDecimal.valueOf(Math.max(1, Math.round(value)));
        };
    }

    private static BigDecimal tenth(double value) {
        return plain(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, and never in exponent form (10, not 1E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }


    private static Target target(String subject, TargetKind kind, Comparator comparator, BigDecimal value, BigDecimal valueMax, String unit,
            String per, boolean perYear, Integer year, LocalDate deadline) {
        return target(subject, kind, comparator, value, valueMax, unit, per, perYear, year, deadline, null);
    }

    private static Target target(String subject, TargetKind kind, Comparator comparator, BigDecimal value, BigDecimal valueMax, String unit,
            String per, boolean perYear, Integer year, LocalDate deadline, Direction direction) {
        return new Target(null, subject, kind, comparator, value, valueMax, unit, false, per, direction, perYear, year, deadline, null, null,
                List.of());
    }
}

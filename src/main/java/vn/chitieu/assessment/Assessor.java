package vn.chitieu.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chitieu.assessment.Attainment.Pace;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * Judges a target in a period exactly as spec/assessment.md says: attainment (with the required
 * level and the percentage of plan) and, while the target's year lies ahead, its trajectory (the
 * Open SDG growth-rate method). Holds no state; every figure it used is in what it answers.
 */
public final class Assessor {
    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** APPROX ("khoảng"): within 5 % of the level counts as met. */
    private static final BigDecimal APPROX_TOLERANCE = new BigDecimal("0.05");
    /** A FLOW keeps pace when its year-to-date share of the plan is at least 95 % of the share of the year gone by. */
    private static final double PACE = 0.95;
    /** Open SDG replaces a zero baseline or target by this, so growth can be computed. */
    private static final double ZERO = 0.001;

    /**
     * @param actuals every value entered for the target, in any order (the baseline year's too)
     * @param today the day of the assessment: a milestone is overdue only once its deadline has passed
     *     by then (and by the end of the period)
     */
    public Assessment assess(Goal goal, List<Actual> actuals, Period period, LocalDate today) {
        return new Assessment(attainment(goal, actuals, period, today), trajectory(goal, actuals, period));
    }

    Attainment attainment(Goal goal, List<Actual> actuals, Period period, LocalDate today) {
        return switch (goal.kind()) {
            case MILESTONE -> milestone(goal, actuals, period, today);
            case MAINTAIN -> maintain(goal, actuals, period);
            case LEVEL, CHANGE -> level(goal, actuals, period);
        };
    }

    // ---- LEVEL and CHANGE ----

    private Attainment level(Goal goal, List<Actual> actuals, Period period) {
        if (goal.value() == null) {
            return Attainment.of(AttainmentStatus.NO_DATA, Reason.of("reason.noValue"));
        }
        // a FLOW accumulates within its period, so only that period's own value says anything about it; within the
        // target's year, a shorter period's year-to-date value is set against the year's plan
        boolean flow = goal.nature() == Nature.FLOW;
        boolean flowInYear = flow && period.partOfYear() && period.end().isBefore(goal.horizonEnd()) && period.year() == goal.targetYear();
        Optional<Actual> found = flow ? exactly(actuals, period) : latest(goal, actuals, period);
        if (found.isEmpty()) {
            return Attainment.of(AttainmentStatus.NO_DATA, Reason.of("reason.noData", period));
        }
        Actual actual = found.get();
        BigDecimal baseline = null;
        if (goal.kind() == TargetKind.CHANGE) {
            baseline = baseline(goal, actuals).orElse(null);
            if (baseline == null) {
                return Attainment.of(AttainmentStatus.NO_BASELINE, Reason.of("reason.noBaseline", goal.baseYear()));
            }
        }
        int year = Math.min(Math.max(period.year(), goal.baseYear() + 1), goal.targetYear());
        BigDecimal required = required(goal, baseline, year);
        BigDecimal a = actual.value();
        Outcome outcome = compare(goal, a, required);
        BigDecimal percent = percentOfPlan(goal, a, required);
        boolean due = !period.end().isBefore(goal.horizonEnd());
        String what = goal.kind() == TargetKind.CHANGE ? "change" : "level";
        if (flowInYear) {
            double share = monthsElapsed(goal, period) / (double) months(goal);
            Pace pace = percent != null && percent.doubleValue() >= PACE * share * 100 ? Pace.ON_TRACK : Pace.BEHIND;
            AttainmentStatus status = outcome == Outcome.UNMET ? AttainmentStatus.PENDING : outcome.status;
            Reason reason = Reason.of("reason.flow." + pace, period, a, required, figure(percent), new Reason.Figure(PACE * share * 100, 1));
            return new Attainment(status, a, actual.period(), actual.estimate(), required, null, baseline, percent, pace, null, reason);
        }
        AttainmentStatus status = outcome == Outcome.UNMET ? (due ? AttainmentStatus.NOT_MET : AttainmentStatus.PENDING) : outcome.status;
        BigDecimal requiredMax = goal.comparator() == vn.chitieu.extraction.Target.Comparator.RANGE ? goal.valueMax() : null;
        Reason reason = requiredMax != null
                ? Reason.of("reason.range." + status, actual.period(), a, required, requiredMax)
                : Reason.of("reason." + what + "." + status, actual.period(), a, required, figure(percent), baseline, goal.baseYear(),
                        goal.horizonEnd());
        return new Attainment(status, a, actual.period(), actual.estimate(), required, requiredMax, baseline, percent, null, null, reason);
    }

    /** The level required in {@code year}: the value itself, or for a CHANGE the baseline moved by it (by the path for a per-year change). */
    /** The level a target requires in a year, from its baseline: the value itself but for a CHANGE (spec/assessment.md). */
    public static BigDecimal required(Goal goal, BigDecimal baseline, int year) {
        if (goal.kind() != TargetKind.CHANGE) {
            return goal.value();
        }
        BigDecimal sign = goal.direction() == Direction.DOWN ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        int years = goal.perYear() ? Math.max(0, year - goal.baseYear()) : 1;
        BigDecimal value = goal.value();
        if (goal.changeMode() == ChangeMode.RELATIVE) {
            BigDecimal factor = BigDecimal.ONE.add(sign.multiply(value).divide(HUNDRED, MATH), MATH);
            return baseline.multiply(factor.pow(years, MATH), MATH);
        }
        return baseline.add(sign.multiply(value).multiply(BigDecimal.valueOf(years)), MATH);
    }

    private enum Outcome {
        EXCEEDED(AttainmentStatus.EXCEEDED),
        MET(AttainmentStatus.MET),
        UNMET(AttainmentStatus.NOT_MET);

        final AttainmentStatus status;

        Outcome(AttainmentStatus status) {
            this.status = status;
        }
    }

    private static Outcome compare(Goal goal, BigDecimal actual, BigDecimal required) {
        var comparator = goal.comparator();
        if (goal.kind() == TargetKind.CHANGE && comparator != vn.chitieu.extraction.Target.Comparator.APPROX
                && comparator != vn.chitieu.extraction.Target.Comparator.EQ) {
            comparator = goal.higherIsBetter() ? vn.chitieu.extraction.Target.Comparator.GE : vn.chitieu.extraction.Target.Comparator.LE;
        }
        if (comparator == null) {
            comparator = goal.higherIsBetter() ? vn.chitieu.extraction.Target.Comparator.GE : vn.chitieu.extraction.Target.Comparator.LE;
        }
        int c = actual.compareTo(required);
        return switch (comparator) {
            case GE -> c > 0 ? Outcome.EXCEEDED : c == 0 ? Outcome.MET : Outcome.UNMET;
            case GT -> c > 0 ? Outcome.EXCEEDED : Outcome.UNMET;
            case LE -> c < 0 ? Outcome.EXCEEDED : c == 0 ? Outcome.MET : Outcome.UNMET;
            case LT -> c < 0 ? Outcome.EXCEEDED : Outcome.UNMET;
            case EQ -> c == 0 ? Outcome.MET : Outcome.UNMET;
            case APPROX -> {
                BigDecimal tolerance = required.abs().multiply(APPROX_TOLERANCE, MATH);
                BigDecimal gap = actual.subtract(required, MATH);
                yield gap.abs().compareTo(tolerance) <= 0 ? Outcome.MET : gap.signum() > 0 ? Outcome.EXCEEDED : Outcome.UNMET;
            }
            case RANGE -> goal.valueMax() != null && c >= 0 && actual.compareTo(goal.valueMax()) <= 0 ? Outcome.MET : Outcome.UNMET;
        };
    }

    /** Actual against required in percent (required against actual when lower is better), one decimal. */
    static BigDecimal percentOfPlan(Goal goal, BigDecimal actual, BigDecimal required) {
        boolean lower = !goal.higherIsBetter();
        BigDecimal numerator = lower ? required : actual;
        BigDecimal denominator = lower ? actual : required;
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
    }

    // ---- MAINTAIN ----

    private Attainment maintain(Goal goal, List<Actual> actuals, Period period) {
        List<Actual> values = withinPlan(goal, actuals, period).stream().filter(a -> a.value() != null).toList();
        if (values.isEmpty()) {
            return Attainment.of(AttainmentStatus.NO_DATA, Reason.of("reason.noData", period));
        }
        Actual last = values.get(values.size() - 1);
        for (Actual actual : values) {
            if (goal.value() != null && compare(goal, actual.value(), goal.value()) == Outcome.UNMET) {
                return new Attainment(AttainmentStatus.NOT_MET, actual.value(), actual.period(), actual.estimate(), goal.value(), null, null,
                        percentOfPlan(goal, actual.value(), goal.value()), null, actual.period(),
                        Reason.of("reason.maintain.NOT_MET", goal.value(), actual.period(), actual.value()));
            }
        }
        return new Attainment(AttainmentStatus.MET, last.value(), last.period(), last.estimate(), goal.value(), null, null,
                goal.value() == null ? null : percentOfPlan(goal, last.value(), goal.value()), null, null,
                Reason.of("reason.maintain.MET", goal.value(), last.period()));
    }

    // ---- MILESTONE ----

    private Attainment milestone(Goal goal, List<Actual> actuals, Period period, LocalDate today) {
        LocalDate deadline = goal.deadline() != null ? goal.deadline() : goal.horizonEnd();
        Optional<Actual> done = actuals.stream()
                .filter(a -> Boolean.TRUE.equals(a.achieved()) && !a.period().end().isAfter(period.end()))
                .min(Comparator.comparing(a -> a.on() != null ? a.on() : a.period().end()));
        if (done.isPresent()) {
            LocalDate on = done.get().on();
            if (on != null && on.isAfter(deadline)) {
                return new Attainment(AttainmentStatus.NOT_MET, null, done.get().period(), false, null, null, null, null, null, null,
                        Reason.of("reason.milestone.LATE", on, deadline));
            }
            return new Attainment(AttainmentStatus.MET, null, done.get().period(), false, null, null, null, null, null, null,
                    on != null ? Reason.of("reason.milestone.MET", on) : Reason.of("reason.milestone.MET_UNDATED"));
        }
        LocalDate asOf = today.isBefore(period.end()) ? today : period.end();
        return asOf.isAfter(deadline)
                ? Attainment.of(AttainmentStatus.NOT_MET, Reason.of("reason.milestone.NOT_MET", deadline))
                : Attainment.of(AttainmentStatus.PENDING, Reason.of("reason.milestone.PENDING", deadline));
    }

    // ---- Trajectory ----

    Trajectory trajectory(Goal goal, List<Actual> actuals, Period period) {
        boolean numeric = (goal.kind() == TargetKind.LEVEL || goal.kind() == TargetKind.CHANGE) && goal.value() != null
                && goal.comparator() != vn.chitieu.extraction.Target.Comparator.RANGE;
        if (!numeric || !period.end().isBefore(goal.horizonEnd())) {
            return null;
        }
        int target = goal.targetYear();
        Optional<BigDecimal> base = baseline(goal, actuals);
        if (base.isEmpty()) {
            return Trajectory.of(TrajectoryStatus.NO_BASELINE, target, Reason.of("reason.noBaseline", goal.baseYear()));
        }
        int t0 = goal.baseYear();
        Optional<Actual> latest = actuals.stream()
                .filter(a -> a.value() != null && a.period().kind() == Period.Kind.YEAR && a.period().year() > t0
                        && a.period().year() <= period.year())
                .max(Comparator.comparing(Actual::period));
        if (latest.isEmpty()) {
            return Trajectory.of(TrajectoryStatus.NOT_ASSESSABLE, target, Reason.of("reason.trajectory.NOT_ASSESSABLE"));
        }
        BigDecimal requiredAtTarget = required(goal, base.get(), target);
        double y0 = base.get().doubleValue();
        double yi = latest.get().value().doubleValue();
        double yT = requiredAtTarget.doubleValue();
        int ti = latest.get().period().year();
        if (compare(goal, latest.get().value(), requiredAtTarget) != Outcome.UNMET) {
            return new Trajectory(TrajectoryStatus.ACHIEVED, null, null, null, latest.get().value(), requiredAtTarget, target, false,
                    Reason.of("reason.trajectory.ACHIEVED", latest.get().period(), latest.get().value(), requiredAtTarget, target),
                    latest.get().period(), latest.get().value());
        }
        double d = goal.higherIsBetter() ? 1 : -1;
        double sign = goal.direction() == Direction.DOWN ? -1 : 1;
        // differences for a percentage-point change, and wherever a negative value makes growth rates meaningless
        boolean points = goal.kind() == TargetKind.CHANGE && goal.changeMode() == ChangeMode.POINTS || y0 < 0 || yi < 0 || yT < 0;
        boolean statedRate = goal.kind() == TargetKind.CHANGE && goal.perYear();
        double observed;
        double required;
        double projection;
        if (points) {
            observed = (yi - y0) / (ti - t0);
            required = statedRate && goal.changeMode() == ChangeMode.POINTS ? sign * goal.value().doubleValue() : (yT - y0) / (target - t0);
            projection = yi + observed * (target - ti);
        } else {
            double from = y0 == 0 ? ZERO : y0;
            double to = yT == 0 ? ZERO : yT;
            observed = Math.pow(yi / from, 1.0 / (ti - t0)) - 1;
            required = statedRate && goal.changeMode() == ChangeMode.RELATIVE ? sign * goal.value().doubleValue() / 100
                    : Math.pow(to / from, 1.0 / (target - t0)) - 1;
            projection = yi * Math.pow(1 + observed, target - ti);
        }
        double ratio = required == 0 ? (d * observed >= 0 ? 1 : -1) : d * observed / Math.abs(required);
        TrajectoryStatus status = ratio >= 0.95 ? TrajectoryStatus.ON_TRACK
                : ratio >= 0.60 ? TrajectoryStatus.ACCELERATE : ratio >= 0 ? TrajectoryStatus.LIMITED : TrajectoryStatus.DETERIORATING;
        BigDecimal projected = BigDecimal.valueOf(projection).setScale(2, RoundingMode.HALF_UP);
        double scale = points ? 1 : 100;
        Reason reason = Reason.of("reason.trajectory." + status + (points ? ".points" : ""), new Reason.Figure(observed * scale, growthDecimals(observed * scale)),
                new Reason.Figure(required * scale, growthDecimals(required * scale)), new Reason.Figure(ratio, 2), target, new Reason.Figure(projection, 1),
                new Reason.Figure(requiredAtTarget.doubleValue(), 1));
        return new Trajectory(status, observed, required, ratio, projected, requiredAtTarget, target, points, reason, latest.get().period(),
                latest.get().value());
    }

    private static int growthDecimals(double percent) {
        return Math.abs(percent) < 1 ? 3 : 2;
    }

    // ---- Values ----

    /** The stated baseline, else the value entered for the baseline year. */
    /** The baseline a goal is measured from: the one it states, else the value entered for its base year. */
    public static Optional<BigDecimal> baseline(Goal goal, List<Actual> actuals) {
        if (goal.baselineValue() != null) {
            return Optional.of(goal.baselineValue());
        }
        Period year = Period.year(goal.baseYear());
        return exactly(actuals, year).map(Actual::value);
    }

    private static Optional<Actual> exactly(List<Actual> actuals, Period period) {
        return actuals.stream().filter(a -> a.period().equals(period) && a.value() != null).findFirst();
    }

    /** The latest value within the plan, up to the end of the period. */
    private static Optional<Actual> latest(Goal goal, List<Actual> actuals, Period period) {
        return withinPlan(goal, actuals, period).stream().filter(a -> a.value() != null).reduce((first, last) -> last);
    }

    /** The values of the plan's span up to the end of the period, oldest first. */
    private static List<Actual> withinPlan(Goal goal, List<Actual> actuals, Period period) {
        return actuals.stream()
                .filter(a -> !a.period().start().isBefore(goal.planStart()) && !a.period().end().isAfter(period.end()))
                .sorted(Comparator.comparing(Actual::period)).toList();
    }

    private static int months(Goal goal) {
        LocalDate start = goal.planStart().getYear() == goal.horizonEnd().getYear() ? goal.planStart() : goal.horizonEnd().withDayOfYear(1);
        return (goal.horizonEnd().getYear() - start.getYear()) * 12 + goal.horizonEnd().getMonthValue() - start.getMonthValue() + 1;
    }

    private static int monthsElapsed(Goal goal, Period period) {
        LocalDate start = goal.planStart().getYear() == goal.horizonEnd().getYear() ? goal.planStart() : goal.horizonEnd().withDayOfYear(1);
        return (period.end().getYear() - start.getYear()) * 12 + period.end().getMonthValue() - start.getMonthValue() + 1;
    }

    private static Reason.Figure figure(BigDecimal percent) {
        return percent == null ? null : new Reason.Figure(percent.doubleValue(), 1);
    }
}

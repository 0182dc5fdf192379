package vn.chitieu.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import vn.chitieu.assessment.Period;
import vn.chitieu.sample.Measure.Shape;

/**
 * How one measure goes in one commune, year by year: where it starts, how fast it moves compared with
 * what plans ask ({@link Pace}), a bad year now and then, and the noise of real figures. Both of a
 * commune's plans read the same course, so the annual plan's baseline is the five-year plan's last year.
 */
final class Course {
    /** How the commune does against the plan's pace. */
    enum Pace {
        AHEAD,
        ON,
        BEHIND
    }

    private static final double[] STOCK_SHARE = {0.25, 0.5, 0.75};
    private static final double[] FLOW_SHARE = {0.22, 0.47, 0.72};

    private final Measure measure;
    private final int firstYear;
    private final double[] years;
    private final Pace pace;

    private Course(Measure measure, int firstYear, double[] years, Pace pace) {
        this.measure = measure;
        this.firstYear = firstYear;
        this.years = years;
        this.pace = pace;
    }

    /** A course from {@code firstYear} (the earliest baseline) to {@code lastYear} (the year of the data's day). */
    static Course of(Measure measure, int firstYear, int lastYear, Random random) {
        double draw = random.nextDouble();
        Pace pace = draw < 0.30 ? Pace.AHEAD : draw < 0.75 ? Pace.ON : Pace.BEHIND;
        double speed = switch (pace) {
            case AHEAD -> 1.3 + 0.5 * random.nextDouble();
            case ON -> 0.9 + 0.2 * random.nextDouble();
            case BEHIND -> 0.2 + 0.5 * random.nextDouble();
        };
        double[] years = new double[lastYear - firstYear + 1];
        double level = measure.low() + (measure.high() - measure.low()) * random.nextDouble();
        years[0] = level;
        int badYear = pace == Pace.BEHIND ? 1 + random.nextInt(Math.max(1, years.length - 1)) : -1;
        for (int i = 1; i < years.length; i++) {
            double noise = random.nextGaussian();
            // a measure the plan keeps level drifts a little with the pace; a rate moves slower as it nears 0 or 100
            double drift = measure.trend() == 0 ? (speed - 1) * 0.5 : measure.trend() * speed;
            level = switch (measure.shape()) {
                case RATE -> level + rateDrift(measure, level, drift)
                        + noise * (0.25 * Math.abs(measure.trend()) + 0.15) * Math.min(1, (100 - level) / 5 + 0.05);
                case AMOUNT -> level * (1 + (measure.trend() == 0 ? drift * 0.06 : drift) + noise * (measure.flow() ? 0.06 : 0.03));
                case COUNT -> level + (measure.trend() == 0 ? drift * 0.05 * level : drift)
                        + noise * ((measure.flow() ? 0.1 : 0.02) * level + 0.1);
                case EVENT -> 0;
            };
            level = measure.shape() == Shape.RATE ? Math.min(100, Math.max(level, 0.05)) : Math.max(level, 0);
            double dip = i == badYear ? dip(random) : 0;
            years[i] = measure.shape() == Shape.RATE ? Math.min(100, level - dip) : Math.max(0, level * (1 - dip / 20));
        }
        return new Course(measure, firstYear, years, pace);
    }

    private static double rateDrift(Measure measure, double level, double drift) {
        if (measure.trend() == 0) {
            return drift * 0.2 * Math.min(level, 10);
        }
        double room = measure.trend() < 0 ? level : 100 - level;
        return drift * Math.min(1, room / (5 * Math.abs(measure.trend())));
    }

    /** A bad year: a few points of a rate lower, a few percent of an amount. */
    private static double dip(Random random) {
        return 1 + 3 * random.nextDouble();
    }

    Pace pace() {
        return pace;
    }

    /** Where the measure stood at the end of a year. */
    double at(int year) {
        return years[Math.max(0, Math.min(years.length - 1, year - firstYear))];
    }

    /**
     * The figure officials report for a period: the year's own, or for a first quarter, a half-year
     * or nine months the year to date of a FLOW, or the level reached by then of a STOCK.
     */
    BigDecimal value(Period period, Random random) {
        double value;
        if (period.kind() == Period.Kind.YEAR) {
            value = at(period.year());
        } else {
            int part = switch (period.kind()) {
                case QUARTER -> 0;
                case HALF_YEAR -> 1;
                default -> 2;
            };
            double before = at(period.year() - 1);
            double after = at(period.year());
            value = measure.flow() ? after * FLOW_SHARE[part] * (1 + 0.04 * random.nextGaussian())
                    : before + (after - before) * STOCK_SHARE[part] + 0.1 * (after - before) * random.nextGaussian();
        }
        return round(value);
    }

    /** As officials write it: a rate of 99.96 % is 100 %, money and counts in whole units where the measure counts them so. */
    BigDecimal round(double value) {
        double bounded = measure.shape() == Shape.RATE ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
        if (measure.shape() == Shape.RATE && bounded >= 99.95) {
            return BigDecimal.valueOf(100);
        }
        return BigDecimal.valueOf(bounded).setScale(measure.decimals(), RoundingMode.HALF_UP);
    }
}

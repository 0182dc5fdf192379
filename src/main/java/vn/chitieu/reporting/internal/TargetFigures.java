package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Attainment;
import vn.chitieu.assessment.Nature;
import vn.chitieu.assessment.Period;
import vn.chitieu.monitoring.Assessments.TargetResult;

/**
 * The numbers a report gives for a target beside its attainment: the same period a year before
 * and the value against it, the period of a value judged from an earlier period, and for a
 * milestone the value that says whether it was achieved.
 *
 * @param actual the value judged, {@code null} when there is none
 * @param earlier the period of that value when it is not the report's own (a level known from an
 *     earlier period), else {@code null}
 * @param lastYear the value a year before the report's period: of the same period for a flow, of
 *     any period ending on the same day a year earlier for a level
 * @param percentOfLastYear actual against lastYear, one decimal; {@code null} without both or when lastYear is 0
 * @param milestone for a milestone, the value the attainment was judged on
 */
record TargetFigures(BigDecimal actual, Period earlier, BigDecimal lastYear, BigDecimal percentOfLastYear, Actual milestone) {

    static TargetFigures of(TargetResult target, Period period) {
        Attainment a = target.assessment().attainment();
        Period earlier = a.actual() != null && a.actualPeriod() != null && !a.actualPeriod().equals(period) ? a.actualPeriod() : null;
        BigDecimal lastYear = lastYear(target, period).orElse(null);
        BigDecimal ofLastYear = a.actual() == null || lastYear == null || lastYear.signum() == 0 || earlier != null ? null
                : a.actual().multiply(BigDecimal.valueOf(100)).divide(lastYear, 1, RoundingMode.HALF_UP);
        Actual milestone = target.history().stream().filter(v -> v.achieved() != null)
                .filter(v -> a.actualPeriod() == null || v.period().equals(a.actualPeriod()))
                .max(Comparator.comparing(Actual::period)).orElse(null);
        return new TargetFigures(a.actual(), earlier, lastYear, ofLastYear, milestone);
    }

    private static Optional<BigDecimal> lastYear(TargetResult target, Period period) {
        Period sameBefore = new Period(period.year() - 1, period.kind(), period.number());
        Optional<BigDecimal> same = target.history().stream().filter(v -> v.period().equals(sameBefore) && v.value() != null)
                .map(Actual::value).findFirst();
        if (same.isPresent() || target.goal().nature() == Nature.FLOW) {
            return same;
        }
        // a level is the same whatever period reports it: the year 2024 and its second half end on one day
        LocalDate dayBefore = period.end().minusYears(1);
        return target.history().stream().filter(v -> v.value() != null && v.period().end().equals(dayBefore))
                .max(Comparator.comparing(Actual::period)).map(Actual::value);
    }
}

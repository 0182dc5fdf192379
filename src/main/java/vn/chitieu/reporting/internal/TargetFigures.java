package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Attainment;
import vn.chitieu.assessment.Period;
import vn.chitieu.monitoring.Assessments.TargetResult;

/**
 * The numbers a report gives for a target beside its attainment: the same period a year before
 * and the value against it, and for a milestone the value that says whether it was achieved.
 *
 * @param actual the value judged, {@code null} when there is none
 * @param lastYear the value of the same period a year before the value judged
 * @param percentOfLastYear actual against lastYear, one decimal; {@code null} without both or when lastYear is 0
 * @param milestone for a milestone, the latest value entered up to the period
 */
record TargetFigures(BigDecimal actual, BigDecimal lastYear, BigDecimal percentOfLastYear, Actual milestone) {

    static TargetFigures of(TargetResult target, Period period) {
        Attainment a = target.assessment().attainment();
        Period judged = a.actualPeriod() != null ? a.actualPeriod() : period;
        Period yearBefore = new Period(judged.year() - 1, judged.kind(), judged.number());
        BigDecimal lastYear = target.history().stream().filter(v -> v.period().equals(yearBefore) && v.value() != null)
                .map(Actual::value).findFirst().orElse(null);
        BigDecimal ofLastYear = a.actual() == null || lastYear == null || lastYear.signum() == 0 ? null
                : a.actual().multiply(BigDecimal.valueOf(100)).divide(lastYear, 1, RoundingMode.HALF_UP);
        Actual milestone = target.history().stream().filter(v -> v.achieved() != null).max(Comparator.comparing(Actual::period))
                .orElse(null);
        return new TargetFigures(a.actual(), lastYear, ofLastYear, milestone);
    }
}

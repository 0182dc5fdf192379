package vn.chitieu.assessment;

import java.math.BigDecimal;

/**
 * A target's attainment in a period, with the numbers it used.
 *
 * @param actual the value judged (the period's own for a FLOW, the latest so far for a STOCK)
 * @param actualPeriod the period that value belongs to
 * @param required the level required (R), derived from the baseline for a CHANGE
 * @param requiredMax the upper bound of a RANGE
 * @param baseline the baseline a CHANGE was measured from
 * @param percentOfPlan actual against R, in percent (R against actual when lower is better)
 * @param pace for a FLOW in part of its year: whether the year-to-date value keeps pace with the year's plan
 * @param firstFailing for a MAINTAIN, the first period that broke it
 */
public record Attainment(AttainmentStatus status, BigDecimal actual, Period actualPeriod, boolean estimate, BigDecimal required,
        BigDecimal requiredMax, BigDecimal baseline, BigDecimal percentOfPlan, Pace pace, Period firstFailing, Reason reason) {

    public enum Pace {
        ON_TRACK,
        BEHIND
    }

    static Attainment of(AttainmentStatus status, Reason reason) {
        return new Attainment(status, null, null, false, null, null, null, null, null, null, reason);
    }
}

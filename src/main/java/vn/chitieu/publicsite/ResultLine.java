package vn.chitieu.publicsite;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.plan.Target;

/**
 * A target of a published resolution and one approved result of it, as the public sees it.
 *
 * @param period the approved period of the result; {@code null} when the target has no approved value yet
 * @param value the number entered for that period (none for a milestone)
 * @param achieved for a milestone, whether it was achieved by then
 * @param percentOfPlan the value against the plan, in percent, when the assessment could say
 */
public record ResultLine(int indicatorNo, String indicatorText, Target target, String plan, Period period, BigDecimal value,
        Boolean achieved, LocalDate achievedOn, boolean estimate, AttainmentStatus status, BigDecimal percentOfPlan) {

    public boolean hasResult() {
        return period != null;
    }
}

package vn.chitieu.assessment;

import java.math.BigDecimal;

/**
 * The trend since the baseline against the trend the target needs.
 *
 * @param observed observed annual growth (a fraction: 0.0724 is 7,24 %), or points per year for a points target
 * @param required required annual growth, or points per year
 * @param ratio observed against required, signed so that above 0 is the right way
 * @param projection the latest value carried forward at the observed growth to the target year
 * @param requiredAtTarget the level the target asks for in its year
 * @param latestPeriod the year the trend was measured to ({@code null} when it could not be)
 * @param latest that year's value
 */
public record Trajectory(TrajectoryStatus status, Double observed, Double required, Double ratio, BigDecimal projection,
        BigDecimal requiredAtTarget, int targetYear, boolean points, Reason reason, Period latestPeriod, BigDecimal latest) {

    static Trajectory of(TrajectoryStatus status, int targetYear, Reason reason) {
        return new Trajectory(status, null, null, null, null, null, targetYear, false, reason, null, null);
    }
}

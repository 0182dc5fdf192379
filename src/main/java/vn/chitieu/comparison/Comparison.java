package vn.chitieu.comparison;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.TrajectoryStatus;

/**
 * Every commune of a province side by side on one catalogue indicator for a period.
 *
 * @param rows one per commune's plan that has the indicator, then one per commune without it
 * @param counts the rows with the indicator, by status
 */
public record Comparison(String provinceCode, String provinceName, String indicatorCode, String indicatorName, String indicatorUnit,
        String direction, String period, List<Row> rows, Summary summary) {

    /**
     * A commune's plan and where it stands on the indicator.
     *
     * @param resolutionId {@code null} for a commune whose plans do not have the indicator
     * @param target the target in words ("≥ 42 %")
     * @param latest the latest value up to the period's end, and its period
     * @param percentOfPlan the latest value against the plan, as the assessment computes it
     * @param reportStatus where the period's report stands: any state for the commune's own people, only APPROVED for others
     * @param inScope the reader works with this commune's plans (its period pages are theirs to open)
     */
    public record Row(String unitCode, String unitName, Long resolutionId, String resolutionNumber, Long targetId, String subject,
            String target, BigDecimal latest, String latestPeriod, boolean estimate, AttainmentStatus status, BigDecimal percentOfPlan,
            TrajectoryStatus trajectory, String reason, String reportStatus, boolean inScope) {

        public boolean hasIndicator() {
            return resolutionId != null;
        }
    }

    /**
     * @param communes the province's communes
     * @param withIndicator communes whose plans have the indicator
     * @param reported of those, the ones whose report for the period is sent or approved
     * @param byStatus the rows with the indicator by status, every status in order
     */
    public record Summary(int communes, int withIndicator, int reported, List<StatusCount> byStatus) {}

    public record StatusCount(AttainmentStatus status, int count) {}
}

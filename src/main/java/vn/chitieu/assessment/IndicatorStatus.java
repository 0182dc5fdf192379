package vn.chitieu.assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How an indicator counts in the report, from its targets' attainment (spec/assessment.md, "Counting for the report"). */
public final class IndicatorStatus {
    /** From least to most advanced, for an indicator whose targets are neither all met nor any failed. */
    private static final List<AttainmentStatus> ADVANCEMENT = List.of(AttainmentStatus.NO_DATA, AttainmentStatus.NO_BASELINE,
            AttainmentStatus.PENDING, AttainmentStatus.MET, AttainmentStatus.EXCEEDED);

    private IndicatorStatus() {}

    /** The report's summary line: "Có 18/21 chỉ tiêu đạt và vượt kế hoạch, trong đó 7 chỉ tiêu vượt". */
    public static Reason summary(Map<AttainmentStatus, Integer> indicatorsByStatus) {
        int total = indicatorsByStatus.values().stream().mapToInt(Integer::intValue).sum();
        int exceeded = indicatorsByStatus.getOrDefault(AttainmentStatus.EXCEEDED, 0);
        int met = exceeded + indicatorsByStatus.getOrDefault(AttainmentStatus.MET, 0);
        return Reason.of("summary.indicators", met, total, exceeded);
    }

    /**
     * EXCEEDED when every target is met and one at least exceeded; MET when every target is met;
     * NOT_MET when any is not met; else the least advanced of its targets' statuses.
     */
    public static AttainmentStatus of(Collection<AttainmentStatus> targets) {
        if (targets.isEmpty()) {
            return AttainmentStatus.NO_DATA;
        }
        if (targets.contains(AttainmentStatus.NOT_MET)) {
            return AttainmentStatus.NOT_MET;
        }
        boolean allMet = targets.stream().allMatch(s -> s == AttainmentStatus.MET || s == AttainmentStatus.EXCEEDED);
        if (allMet) {
            return targets.contains(AttainmentStatus.EXCEEDED) ? AttainmentStatus.EXCEEDED : AttainmentStatus.MET;
        }
        return targets.stream().min(Comparator.comparingInt(ADVANCEMENT::indexOf)).orElseThrow();
    }
}

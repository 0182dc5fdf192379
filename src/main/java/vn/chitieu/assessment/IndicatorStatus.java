package vn.chitieu.assessment;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How an indicator counts in the report, from its targets' attainment (spec/assessment.md, "Counting for the report"). */
public final class IndicatorStatus {
    /** From least to most advanced, for an indicator whose targets are neither all met nor any failed. */
    private static final List<AttainmentStatus> ADVANCEMENT = List.of(AttainmentStatus.NO_DATA, AttainmentStatus.NO_BASELINE,
            AttainmentStatus.PENDING, AttainmentStatus.MET, AttainmentStatus.EXCEEDED);

    private IndicatorStatus() {}

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

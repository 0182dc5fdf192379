package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.assessment.AttainmentStatus;

/**
 * The indicators of a period counted by status, as the parts of one bar (an SVG drawn without
 * script or inline style): each status present, its count, and where its part starts and how wide
 * it is, in percent of the bar. The statuses come in the order of {@link AttainmentStatus}, best first.
 */
record CountBar(int total, List<Part> parts) {

    record Part(AttainmentStatus status, int count, double x, double width) {}

    static CountBar of(Map<AttainmentStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Part> parts = new ArrayList<>();
        double x = 0;
        for (AttainmentStatus status : AttainmentStatus.values()) {
            int count = counts.getOrDefault(status, 0);
            if (count > 0) {
                double width = 100.0 * count / total;
                parts.add(new Part(status, count, x, width));
                x += width;
            }
        }
        return new CountBar(total, List.copyOf(parts));
    }
}

package vn.chitieu.extraction;

import java.util.List;

/** A numbered main indicator (chỉ tiêu) of the plan with its measurable targets. */
public record Indicator(int no, IndicatorGroup group, String groupHeading, String text, List<Target> targets, Span span) {
    public Indicator {
        targets = List.copyOf(targets);
    }
}

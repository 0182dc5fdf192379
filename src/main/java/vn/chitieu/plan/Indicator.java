package vn.chitieu.plan;

import java.util.List;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Span;

/** A numbered indicator (chỉ tiêu) of a plan with its targets; {@code id} is null until saved. */
public record Indicator(Long id, int no, IndicatorGroup group, String groupHeading, String text, Span span, List<Target> targets) {

    public Indicator {
        targets = targets == null ? List.of() : List.copyOf(targets);
        group = group == null ? IndicatorGroup.OTHER : group;
        text = text == null ? "" : text.strip();
        groupHeading = Target.blankToNull(groupHeading);
    }

    public Indicator withIdAndTargets(Long newId, List<Target> newTargets) {
        return new Indicator(newId, no, group, groupHeading, text, span, newTargets);
    }

    /** Equal in what an official can change about the indicator itself (not its targets). */
    public boolean sameContent(Indicator other) {
        return no == other.no && group == other.group && java.util.Objects.equals(groupHeading, other.groupHeading)
                && text.equals(other.text);
    }
}

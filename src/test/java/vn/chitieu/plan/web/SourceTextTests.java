package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.plan.web.ReviewForm.IndicatorForm;
import vn.chitieu.plan.web.SourceText.Segment;

class SourceTextTests {

    @Test
    void cutsTheTextWhereIndicatorsAndTargetsBeginAndEnd() {
        String text = "Mở đầu. (1) Thu ngân sách tăng 10%/năm. Kết.";
        int start = text.indexOf("(1)");
        int end = text.indexOf(" Kết");
        int target = text.indexOf("tăng");
        IndicatorForm indicator = new IndicatorForm(1L, "1", "ECONOMY", null, "", start + "-" + end,
                List.of(FormEditTests.target(2L, target + "-" + (end - 1), "Thu ngân sách", "10")));

        List<Segment> segments = SourceText.segments(text, List.of(indicator));

        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(text);
        assertThat(segments).extracting(Segment::kind).containsExactly(null, "i", "t", "i", null);
        assertThat(segments.get(1).ids()).containsExactly("src-i-" + start + "-" + end);
        assertThat(segments.get(2).ids()).containsExactly("src-t-" + target + "-" + (end - 1));
        assertThat(segments.get(2).field()).isEqualTo("f-indicators-0-targets-0");
        assertThat(segments.get(2).text()).isEqualTo("tăng 10%/năm");
    }

    @Test
    void leavesOutSpansOutsideTheText() {
        IndicatorForm indicator = new IndicatorForm(1L, "1", "ECONOMY", null, "", "5-500", List.of());

        assertThat(SourceText.segments("short text", List.of(indicator))).singleElement()
                .satisfies(segment -> assertThat(segment.kind()).isNull());
    }
}

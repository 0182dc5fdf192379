package vn.chitieu.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.chitieu.extraction.Span;
import vn.chitieu.plan.web.ReviewForm.IndicatorForm;

/**
 * The text the extractor read, cut where indicators and targets begin and end, so the review page
 * can highlight each of them and link each highlight to its place in the form.
 */
final class SourceText {
    private SourceText() {}

    /**
     * A run of text, highlighted when it lies within a target ({@code t}) or only within an
     * indicator ({@code i}).
     *
     * @param ids the anchors that begin here: {@code src-t-120-180} for a target's span, {@code src-i-…} for an indicator's
     * @param field the id of the form part it links to
     * @param span the span of that form part, "start-end", for the page's script to find it after edits
     */
    record Segment(String text, String kind, List<String> ids, String field, String span) {
        public String firstId() {
            return ids.isEmpty() ? null : ids.get(0);
        }

        public List<String> otherIds() {
            return ids.size() < 2 ? List.of() : ids.subList(1, ids.size());
        }
    }

    private record Part(Span span, String kind, String field) {}

    static List<Segment> segments(String text, List<IndicatorForm> indicators) {
        List<Part> targets = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorForm indicator = indicators.get(i);
            for (int t = 0; t < indicator.targets().size(); t++) {
                add(targets, indicator.targets().get(t).span(), "t", "f-indicators-" + i + "-targets-" + t, text.length());
            }
            add(parts, indicator.span(), "i", "f-indicators-" + i, text.length());
        }
        parts.addAll(0, targets);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        parts.forEach(p -> {
            cuts.add(p.span().start());
            cuts.add(p.span().end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            Part cover = cover(parts, start, end);
            List<String> ids = new ArrayList<>();
            for (Part part : parts) {
                String id = ("t".equals(part.kind()) ? "src-t-" : "src-i-") + ReviewForm.span(part.span());
                if (part.span().start() == start && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            segments.add(new Segment(text.substring(start, end), cover == null ? null : cover.kind(), ids,
                    cover == null ? null : cover.field(), cover == null ? null : ReviewForm.span(cover.span())));
        }
        return segments;
    }

    private static void add(List<Part> parts, String span, String kind, String field, int length) {
        Span s = ReviewForm.span(span);
        if (s != null && s.end() <= length && s.start() < s.end()
                && parts.stream().noneMatch(p -> p.span().equals(s) && p.kind().equals(kind))) {
            parts.add(new Part(s, kind, field));
        }
    }

    /** The first target covering the run, else the indicator covering it. */
    private static Part cover(List<Part> parts, int start, int end) {
        for (Part part : parts) {
            if (part.span().start() <= start && end <= part.span().end()) {
                return part;
            }
        }
        return null;
    }
}

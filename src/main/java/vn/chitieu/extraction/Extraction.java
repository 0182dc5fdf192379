package vn.chitieu.extraction;

import java.util.List;

/** One resolution as structured data: the contract of {@code spec/extraction.md}. */
public record Extraction(
        DocumentInfo document,
        List<String> objectives,
        List<Indicator> indicators,
        List<Task> tasks,
        List<String> warnings) {
    public Extraction {
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    public int targetCount() {
        return indicators.stream().mapToInt(i -> i.targets().size()).sum();
    }
}

package vn.chitieu.comparison.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.comparison.Comparison;
import vn.chitieu.comparison.Comparisons;
import vn.chitieu.security.CurrentActor;

@RestController
@Tag(name = "Comparison", description = "A province's communes side by side on one standard indicator")
public class ComparisonApi {
    private final Comparisons comparisons;

    ComparisonApi(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping(path = "/api/compare", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every commune of the province side by side on one standard indicator in a period",
            description = "`indicator` is a catalogue code (GET /api/catalog); per commune: its plan's target in words, the latest "
                    + "value up to the period's end, its status and percent of plan, the trajectory, and where the period's report "
                    + "stands; communes whose plans lack the indicator come last. The summary counts communes, those with the "
                    + "indicator, those that reported, and the statuses. Values outside one's scope are approved ones only.")
    Comparison compare(@RequestParam String province, @RequestParam String indicator, @RequestParam String period, Locale locale) {
        return comparisons.compare(province, indicator, period, CurrentActor.get(), locale);
    }
}

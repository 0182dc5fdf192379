package vn.chitieu.comparison.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.comparison.Comparison;
import vn.chitieu.comparison.ComparisonFiles;
import vn.chitieu.comparison.Comparisons;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.UnknownUnit;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.web.Formats;

/** The comparison page of a province: pick an indicator and a period, sort and filter the communes, download the table. */
@Controller
class ComparisonPages {
    private final Comparisons comparisons;
    private final ComparisonFiles files;
    private final Catalog catalog;

    ComparisonPages(Comparisons comparisons, ComparisonFiles files, Catalog catalog) {
        this.comparisons = comparisons;
        this.files = files;
        this.catalog = catalog;
    }

    @GetMapping("/units/{code}/compare")
    String page(@PathVariable String code, @RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(required = false) AttainmentStatus status, Model model,
            Locale locale) {
        List<String> periods = Period.recentHalvesAndYears(LocalDate.now(Formats.VIETNAM), 2);
        String chosenPeriod = period == null || period.isBlank() ? periods.get(1) : period;
        List<vn.chitieu.catalog.CatalogIndicator> active = catalog.all().stream().filter(vn.chitieu.catalog.CatalogIndicator::active).toList();
        if (active.isEmpty()) {
            throw new UnknownUnit(code);
        }
        String chosen = indicator == null || indicator.isBlank() ? active.get(0).code() : indicator;
        Comparison comparison = comparisons.compare(code, chosen, chosenPeriod, CurrentActor.get(), locale);
        List<Comparison.Row> rows = new ArrayList<>(comparison.rows());
        if (status != null) {
            rows.removeIf(r -> r.status() != status);
        }
        rows.sort(order(sort, comparison));
        model.addAttribute("comparison", comparison);
        model.addAttribute("rows", rows);
        model.addAttribute("indicators", active);
        model.addAttribute("periods", periods);
        model.addAttribute("sort", sort);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AttainmentStatus.values());
        model.addAttribute("bars", ComparisonChart.of(rows));
        return "comparison/compare";
    }

    @GetMapping("/units/{code}/compare.{format}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String format, @RequestParam String indicator,
            @RequestParam String period, Locale locale) {
        Comparison comparison = comparisons.compare(code, indicator, period, CurrentActor.get(), locale);
        boolean csv = format.equals("csv");
        if (!csv && !format.equals("xlsx")) {
            throw new UnknownUnit(code + "." + format);
        }
        byte[] bytes = csv ? files.csv(comparison, locale) : files.xlsx(comparison, locale);
        String name = "so-sanh-" + comparison.provinceCode() + "-" + comparison.indicatorCode().toLowerCase(Locale.ROOT) + "-"
                + comparison.period().toLowerCase(Locale.ROOT) + "." + format;
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(bytes);
    }

    private static Comparator<Comparison.Row> order(String sort, Comparison comparison) {
        Comparator<Comparison.Row> withFirst = Comparator.comparing(Comparison.Row::hasIndicator).reversed();
        Comparator<Comparison.Row> by = switch (sort) {
            case "value" -> Comparator.comparing(Comparison.Row::latest, Comparator.nullsLast(Comparator.reverseOrder()));
            case "percent" -> Comparator.comparing(Comparison.Row::percentOfPlan, Comparator.nullsLast(Comparator.reverseOrder()));
            case "status" -> Comparator.comparing(Comparison.Row::status, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> (a, b) -> 0; // the service's order: communes by name
        };
        return withFirst.thenComparing(by);
    }

    @ExceptionHandler({UnknownUnit.class, ResolutionRejected.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

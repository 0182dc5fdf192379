package vn.chitieu.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionSummary;
import java.util.HashMap;
import java.util.Map;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.publicsite.DataExchange;
import vn.chitieu.publicsite.OpenData;
import vn.chitieu.publicsite.OpenDataRow;
import vn.chitieu.publicsite.PublicResults;

/**
 * The open data downloads (docs/open-data.md): {@code /public/resolutions/{id}/data.csv} and {@code
 * .json} for one published resolution, {@code /public/communes/{code}/data.csv} and {@code .json} for
 * every published resolution of a commune; each saved under a name that says what it holds.
 */
@RestController
class OpenDataDownloads {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenData openData;
    private final PublicResults results;
    private final PublicUnits units;
    private final CatalogMappings mappings;

    OpenDataDownloads(OpenData openData, PublicResults results, PublicUnits units, CatalogMappings mappings) {
        this.openData = openData;
        this.results = results;
        this.units = units;
        this.mappings = mappings;
    }

    /**
     * A commune's approved results for other tools, indicators named by catalogue code: DHIS2's
     * {@code dataValueSets} JSON or an Open SDG-style CSV (docs/open-data.md).
     */
    @GetMapping("/public/communes/{code}/{kind:dhis2|opensdg}.{format:json|csv}")
    ResponseEntity<byte[]> exchange(@PathVariable String code, @PathVariable String kind, @PathVariable String format) {
        boolean dhis2 = kind.equals("dhis2");
        if (dhis2 != format.equals("json")) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        AdministrativeUnit commune = units.of(code, Level.COMMUNE);
        Map<Long, String> codes = new HashMap<>();
        for (ResolutionSummary summary : results.publishedIn(code, false)) {
            mappings.of(results.published(summary.id())).forEach((target, mapping) -> {
                if (mapping.code() != null && (mapping.confirmed() || mapping.confidence() != null
                        && mapping.confidence() >= CatalogMappings.THRESHOLD)) {
                    codes.put(target, mapping.code());
                }
            });
        }
        List<OpenDataRow> rows = openData.rows(commune);
        String name = "chitieu-" + commune.code() + "-" + kind + "." + format;
        return ResponseEntity.ok().contentType(dhis2 ? MediaType.APPLICATION_JSON : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(dhis2 ? DataExchange.dhis2(rows, codes) : DataExchange.openSdg(rows, codes));
    }

    @GetMapping("/public/resolutions/{id}/data.{format:csv|json}")
    ResponseEntity<byte[]> resolution(@PathVariable long id, @PathVariable String format, WebRequest request,
            HttpServletResponse response) {
        Resolution resolution = results.published(id);
        if (PublicCaching.notModified(request, response, Locale.ROOT, "data/" + results.stamp(resolution))) {
            return null;
        }
        String number = resolution.content().document() == null ? null : resolution.content().document().number();
        String name = "chitieu-" + resolution.unitCode() + "-" + (number == null || slug(number).isEmpty() ? "nq-" + id : slug(number));
        return file(openData.rows(resolution), format, name);
    }

    @GetMapping("/public/communes/{code}/data.{format:csv|json}")
    ResponseEntity<byte[]> commune(@PathVariable String code, @PathVariable String format, WebRequest request,
            HttpServletResponse response) {
        AdministrativeUnit commune = units.of(code, Level.COMMUNE);
        StringBuilder dependsOn = new StringBuilder("data/" + code);
        for (ResolutionSummary summary : results.publishedIn(code, false)) {
            dependsOn.append(',').append(results.stamp(results.published(summary.id())));
        }
        if (PublicCaching.notModified(request, response, Locale.ROOT, dependsOn.toString())) {
            return null;
        }
        return file(openData.rows(commune), format, "chitieu-" + commune.code() + "-" + slug(commune.fullName()));
    }

    private static ResponseEntity<byte[]> file(List<OpenDataRow> rows, String format, String baseName) {
        boolean csv = format.equals("csv");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(baseName + "." + format).build().toString())
                .body(csv ? OpenData.csv(rows) : OpenData.json(rows));
    }

    /** "12/2025/NQ-HĐND" is "12-2025-nq-hdnd": a file name every system keeps as it is. */
    static String slug(String text) {
        return VietnameseText.strip(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

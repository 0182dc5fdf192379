package vn.chitieu.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.catalog.CatalogIndicator;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.catalog.TargetMapping;
import vn.chitieu.security.CurrentActor;

/** The standard indicator catalogue and where each target of a plan stands in it (spec/api.md); its refusals are problem details (ResolutionApiProblems). */
@RestController
@Tag(name = "Indicator catalogue", description = "Standard commune indicators, and each target's place among them")
class CatalogApi {
    private final Catalog catalog;
    private final CatalogMappings mappings;

    CatalogApi(Catalog catalog, CatalogMappings mappings) {
        this.catalog = catalog;
        this.mappings = mappings;
    }

    @GetMapping(path = "/api/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The standard indicator catalogue (no sign-in needed)",
            description = "Each indicator: `code`, `nameVi`, `nameEn`, `unit` (empty: achieved or not), `direction` (UP/DOWN), "
                    + "`nature` (FLOW/STOCK), `source`, `active` and `synonyms`, the Vietnamese phrasings resolutions use.")
    List<CatalogIndicator> catalog() {
        return catalog.all();
    }

    @GetMapping(path = "/api/resolutions/{id}/mapping", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Each target of a resolution with its catalogue indicator",
            description = "`code` proposed with the matcher's `confidence` (0 to 1), or chosen by an official (`confirmed`, with "
                    + "`confirmedBy` and `confirmedAt`); no `code`: none fits, or an official said none.")
    List<TargetMapping> mapping(@PathVariable long id) {
        return mappings.forResolution(id, CurrentActor.get());
    }

    /** The indicator chosen for a target, or null for none. */
    record Choice(String code) {}

    @PutMapping(path = "/api/targets/{id}/mapping", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm or choose a target's catalogue indicator (an official of its commune)",
            description = "`{\"code\": \"RUNG-CHE-PHU\"}`, or `{\"code\": null}` for none. A code not in the catalogue answers 422 "
                    + "with `problems`. The choice is in the target's history.")
    TargetMapping choose(@PathVariable long id, @RequestBody Choice choice) {
        return mappings.set(id, choice.code(), CurrentActor.get().orElseThrow());
    }
}

package vn.chitieu.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.monitoring.TargetNotFound;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.CurrentActor;

/** The review page's choice of a target's catalogue indicator, sent as a form; back to the target on the review page. */
@Controller
class MappingPages {
    private final CatalogMappings mappings;

    MappingPages(CatalogMappings mappings) {
        this.mappings = mappings;
    }

    @PostMapping("/resolutions/{id}/mapping/{targetId}")
    String choose(@PathVariable long id, @PathVariable long targetId, @RequestParam(defaultValue = "") String code) {
        try {
            mappings.set(targetId, code, CurrentActor.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
        } catch (TargetNotFound hidden) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (NotPermitted refused) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (ResolutionRejected unknown) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "catalog.problem.unknownCode");
        }
        return "redirect:/resolutions/" + id + "/review#mapping-" + targetId;
    }
}

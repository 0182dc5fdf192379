package vn.chitieu.plan.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.CurrentActor;

/**
 * A unit's resolutions: the list the commune page includes ({@code plan/unit-resolutions :: list(unitCode)},
 * which asks the bean {@code unitResolutions} for its rows), and the same list as a page of its own.
 */
@Controller
class UnitResolutionPages {
    private final Access access;

    UnitResolutionPages(Access access) {
        this.access = access;
    }

    @GetMapping("/units/{code}/resolutions")
    String list(@PathVariable String code, @RequestParam(defaultValue = "false") boolean archived,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AdministrativeUnit unit = access.unit(code);
        model.addAttribute("unit", unit);
        model.addAttribute("unitCode", unit.code());
        model.addAttribute("archived", archived);
        return htmx == null ? "plan/unit-resolutions" : "plan/unit-resolutions :: list(unitCode=${unitCode})";
    }

    /** The rows of the list, for the template fragment wherever it is included. */
    @Component("unitResolutions")
    static class Rows {
        private final Resolutions resolutions;
        private final Access access;

        Rows(Resolutions resolutions, Access access) {
            this.resolutions = resolutions;
            this.access = access;
        }

        /** @param archived the archived ones instead of the others (only those who may edit see them) */
        public UnitList of(String unitCode, boolean archived, Locale locale) {
            AdministrativeUnit unit = access.unit(unitCode);
            boolean canEdit = CurrentActor.get().map(actor -> actor.canEdit(unit)).orElse(false);
            List<ResolutionSummary> rows = resolutions.list(unit.code(), null, archived && canEdit, CurrentActor.get());
            return new UnitList(unit, rows, canEdit, LocalFormat.of(locale));
        }
    }

    /** @param canEdit whether to offer "Nhập nghị quyết" and the archived ones */
    record UnitList(AdministrativeUnit unit, List<ResolutionSummary> rows, boolean canEdit, LocalFormat fmt) {}
}

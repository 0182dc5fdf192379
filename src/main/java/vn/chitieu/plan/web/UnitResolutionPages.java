package vn.chitieu.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
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
        private final AdministrativeUnits units;

        Rows(Resolutions resolutions, Access access, AdministrativeUnits units) {
            this.resolutions = resolutions;
            this.access = access;
            this.units = units;
        }

        /** @param archived the archived ones instead of the others (only those who may edit see them) */
        public UnitList of(String unitCode, boolean archived, Locale locale) {
            AdministrativeUnit unit = access.unit(unitCode);
            if (unit.level() == AdministrativeUnit.Level.PROVINCE) {
                List<ResolutionSummary> rows = resolutions.listInProvince(unit.code(), false, CurrentActor.get());
                Map<String, String> communes = new HashMap<>();
                units.communesOf(unit.code()).forEach(commune -> communes.put(commune.code(), commune.fullName()));
                return new UnitList(unit, rows, false, LocalFormat.of(locale), communes);
            }
            boolean canEdit = CurrentActor.get().map(actor -> actor.canEdit(unit)).orElse(false);
            List<ResolutionSummary> rows = resolutions.list(unit.code(), null, archived && canEdit, CurrentActor.get());
            return new UnitList(unit, rows, canEdit, LocalFormat.of(locale), Map.of());
        }
    }

    /**
     * @param canEdit whether to offer "Nhập nghị quyết" and the archived ones
     * @param communes for a province's list, the name of the commune each row belongs to, by code
     */
    record UnitList(AdministrativeUnit unit, List<ResolutionSummary> rows, boolean canEdit, LocalFormat fmt, Map<String, String> communes) {}
}

package vn.chitieu.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.monitoring.OverdueReports;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
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
        private final OverdueReports overdue;

        Rows(Resolutions resolutions, Access access, AdministrativeUnits units, OverdueReports overdue) {
            this.resolutions = resolutions;
            this.access = access;
            this.units = units;
            this.overdue = overdue;
        }

        /** @param archived the archived ones instead of the others (only those who may edit see them) */
        public UnitList of(String unitCode, boolean archived, Locale locale) {
            AdministrativeUnit unit = access.unit(unitCode);
            if (unit.level() == AdministrativeUnit.Level.PROVINCE) {
                List<ResolutionSummary> rows = resolutions.listInProvince(unit.code(), false, CurrentActor.get());
                Map<String, String> communes = new HashMap<>();
                units.communesOf(unit.code()).forEach(commune -> communes.put(commune.code(), commune.fullName()));
                boolean rollsUp = CurrentActor.get().map(actor -> actor.canRead(unit)).orElse(false);
                return new UnitList(unit, rows, false, LocalFormat.of(locale), communes, late(rows), overdue.days(),
                        rollsUp ? vn.chitieu.assessment.Period.recentHalvesAndYears(java.time.LocalDate.now(vn.chitieu.web.Formats.VIETNAM), 2)
                                : List.of());
            }
            boolean canEdit = CurrentActor.get().map(actor -> actor.canEdit(unit)).orElse(false);
            boolean showArchived = archived && canEdit;
            List<ResolutionSummary> rows = resolutions.list(unit.code(), null, showArchived, CurrentActor.get());
            return new UnitList(unit, rows, canEdit, LocalFormat.of(locale), Map.of(), showArchived ? List.of() : late(rows), overdue.days(),
                    List.of());
        }

        /**
         * Late reports are for those who work with the plans in scope (the commune's officials and
         * council, its province), as the periods' reports are: not for visitors, nor for officials
         * of other communes who see the published resolutions.
         */
        private List<OverdueReports.Overdue> late(List<ResolutionSummary> rows) {
            Optional<Actor> actor = CurrentActor.get();
            List<ResolutionSummary> inScope = rows.stream().filter(r -> resolutions.inScope(r.unitCode(), actor)).toList();
            return inScope.isEmpty() ? List.of() : overdue.among(inScope);
        }
    }

    /**
     * @param canEdit whether to offer "Nhập nghị quyết" and the archived ones
     * @param communes for a province's list, the name of the commune each row belongs to, by code
     * @param overdue the late half-year and year reports, for a signed-in reader
     * @param overdueDays the days after a period's end within which its report is due
     */
    /** @param rollUpPeriods for a province's officers, the periods its roll-up can be asked for, latest first; else empty */
    record UnitList(AdministrativeUnit unit, List<ResolutionSummary> rows, boolean canEdit, LocalFormat fmt, Map<String, String> communes,
            List<OverdueReports.Overdue> overdue, int overdueDays, List<String> rollUpPeriods) {}

}

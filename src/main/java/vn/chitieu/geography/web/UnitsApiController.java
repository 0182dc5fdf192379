package vn.chitieu.geography.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.web.NotFound;

/**
 * {@code GET /api/units}: the 34 provinces; {@code ?parent=04} the communes of a province; {@code
 * ?q=dong khe} (with or without {@code parent}) the units whose name or code matches, without
 * diacritics, at most {@code limit} (default 20, at most 200). An unknown parent answers 404.
 */
@RestController
class UnitsApiController {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    private final AdministrativeUnits units;

    /** One unit as the API writes it; a province's {@code provinceCode} is written as null. */
    record UnitJson(String code, String name, String type, AdministrativeUnit.Level level,
            @JsonInclude(JsonInclude.Include.ALWAYS) String provinceCode, String fullName) {

        static UnitJson of(AdministrativeUnit unit) {
            return new UnitJson(unit.code(), unit.name(), unit.type(), unit.level(), unit.provinceCode(), unit.fullName());
        }
    }

    UnitsApiController(AdministrativeUnits units) {
        this.units = units;
    }

    @GetMapping("/api/units")
    List<UnitJson> units(@RequestParam(name = "parent", required = false) String parent, @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit) {
        String parentCode = parent == null || parent.isBlank() ? null : parent.trim();
        if (parentCode != null && units.find(parentCode).isEmpty()) {
            throw new NotFound("unit.notFound", parentCode);
        }
        List<AdministrativeUnit> found;
        if (q != null && !q.isBlank()) {
            found = units.search(q, parentCode, Math.max(1, Math.min(MAX_LIMIT, limit)));
        } else {
            found = parentCode == null ? units.provinces() : units.communesOf(parentCode);
        }
        return found.stream().map(UnitJson::of).toList();
    }
}

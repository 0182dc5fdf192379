package vn.chitieu.publicsite.web;

import org.springframework.stereotype.Component;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.web.NotFound;

/** The units the public addresses name: a province or a commune, else "not found". */
@Component
class PublicUnits {
    private final AdministrativeUnits units;

    PublicUnits(AdministrativeUnits units) {
        this.units = units;
    }

    AdministrativeUnit of(String code, AdministrativeUnit.Level level) {
        return units.find(code).filter(unit -> unit.level() == level).orElseThrow(() -> new NotFound("unit.notFound", code));
    }

    AdministrativeUnit provinceOf(AdministrativeUnit commune) {
        return units.find(commune.provinceOrSelf()).orElseThrow(() -> new NotFound("unit.notFound", commune.provinceCode()));
    }

    AdministrativeUnits all() {
        return units;
    }
}

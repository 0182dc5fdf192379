package vn.chitieu.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.ui.ExtendedModelMap;
import vn.chitieu.IntegrationTest;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.web.UnitsApiController.UnitJson;
import vn.chitieu.web.NotFound;

/** The units API and pages on the real data, called as Java (the HTTP side is tested in the controller tests). */
@IntegrationTest
class UnitsApiIntegrationTests {
    @Autowired
    UnitsApiController api;

    @Autowired
    UnitPagesController pages;

    @Test
    void answersTheProvincesAndTheCommunesOfOne() {
        assertThat(api.units(null, null, 20)).hasSize(34).allMatch(unit -> unit.level() == AdministrativeUnit.Level.PROVINCE);
        List<UnitJson> caoBang = api.units("04", "", 20);
        assertThat(caoBang).isNotEmpty().allMatch(unit -> "04".equals(unit.provinceCode()));
        assertThat(caoBang).contains(new UnitJson("01786", "Đông Khê", "xã", AdministrativeUnit.Level.COMMUNE, "04", "xã Đông Khê"));
    }

    @Test
    void searchesWithoutDiacriticsAndWithinAParent() {
        assertThat(api.units(null, "dong khe", 20)).first().extracting(UnitJson::code).isEqualTo("01786");
        assertThat(api.units(null, "Hòa An", 20)).isEqualTo(api.units(null, "Hoà An", 20)).hasSizeGreaterThan(1);
        assertThat(api.units("04", "Hòa An", 20)).extracting(UnitJson::code).containsExactly("01654");
    }

    @Test
    void refusesAnUnknownParent() {
        assertThatThrownBy(() -> api.units("99", null, 20)).isInstanceOf(NotFound.class);
    }

    @Test
    void givesTheUnitPageAProvinceWithItsCommunesOrACommuneWithItsProvince() {
        ExtendedModelMap province = new ExtendedModelMap();
        assertThat(pages.unit("04", province)).isEqualTo("units/unit");
        assertThat((List<?>) province.getAttribute("communes")).hasSize(api.units("04", null, 20).size());
        ExtendedModelMap commune = new ExtendedModelMap();
        pages.unit("01786", commune);
        assertThat(commune.getAttribute("province")).extracting("name").isEqualTo("Cao Bằng");
        assertThatThrownBy(() -> pages.unit("00000", new ExtendedModelMap())).isInstanceOf(NotFound.class);
    }
}

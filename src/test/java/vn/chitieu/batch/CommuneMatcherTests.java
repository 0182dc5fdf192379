package vn.chitieu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.batch.internal.CommuneMatcher;
import vn.chitieu.extraction.DocumentInfo.UnitRef;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;

class CommuneMatcherTests {
    static final AdministrativeUnit CAO_BANG = new AdministrativeUnit("04", "Cao Bằng", "tỉnh", Level.PROVINCE, null);
    final CommuneMatcher matcher = new CommuneMatcher(CAO_BANG, List.of(
            new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04"),
            new AdministrativeUnit("01807", "Thạch An", "xã", Level.COMMUNE, "04"),
            new AdministrativeUnit("01300", "Hòa An", "xã", Level.COMMUNE, "04"),
            new AdministrativeUnit("01301", "Hòa An", "phường", Level.COMMUNE, "04")));

    @Test
    void matchesTheNameWithoutCaseOrDiacritics() {
        assertThat(matcher.match(new UnitRef("xã", "ĐÔNG KHÊ", "Cao Bằng"))).map(AdministrativeUnit::code).contains("01786");
        assertThat(matcher.match(new UnitRef(null, "dong khe", null))).map(AdministrativeUnit::code).contains("01786");
    }

    @Test
    void tellsTwoCommunesOfOneNameApartByTheirType() {
        assertThat(matcher.match(new UnitRef("phường", "Hoà An", null))).map(AdministrativeUnit::code).contains("01301");
        assertThat(matcher.match(new UnitRef(null, "Hòa An", null))).isEmpty();
    }

    @Test
    void proposesNothingForAnotherProvinceOrNoName() {
        assertThat(matcher.match(new UnitRef("xã", "Đông Khê", "Lai Châu"))).isEmpty();
        assertThat(matcher.match(new UnitRef("xã", null, null))).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
        assertThat(CommuneMatcher.described(new UnitRef("xã", "Khoen On", "Lai Châu"))).isEqualTo("xã Khoen On, Lai Châu");
    }
}

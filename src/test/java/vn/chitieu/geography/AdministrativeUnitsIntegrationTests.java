package vn.chitieu.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;
import vn.chitieu.geography.AdministrativeUnit.Level;

@IntegrationTest
class AdministrativeUnitsIntegrationTests {
    @Autowired
    AdministrativeUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void loadsThe34ProvincesAndThe3321Communes() {
        assertThat(units.provinces()).hasSize(34).allMatch(unit -> unit.level() == Level.PROVINCE && unit.provinceCode() == null);
        int communes = units.provinces().stream().mapToInt(province -> units.communesOf(province.code()).size()).sum();
        assertThat(communes).isEqualTo(3321);
    }

    @Test
    void recordsTheLoadAsMigrationThreeAndRunsItOnce() {
        assertThat(jdbc.sql("SELECT description FROM flyway_schema_history WHERE version = '3' AND success").query(String.class).single())
                .isEqualTo("load administrative units");
        flyway.migrate();
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit").query(Integer.class).single()).isEqualTo(34 + 3321);
    }

    @Test
    void keepsEachNameFoldedForSearch() {
        assertThat(jdbc.sql("SELECT search_name FROM admin_unit WHERE code = '01786'").query(String.class).single()).isEqualTo("dong khe");
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE search_name <> lower(search_name) OR search_name LIKE '%  %'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void findsTheCommuneAndItsProvince() {
        AdministrativeUnit dongKhe = units.find("01786").orElseThrow();
        assertThat(dongKhe).isEqualTo(new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04"));
        assertThat(units.find(dongKhe.provinceCode()).orElseThrow().name()).isEqualTo("Cao Bằng");
        assertThat(units.find("99999")).isEmpty();
    }

    @Test
    void findsDongKheWithoutDiacritics() {
        assertThat(firstFound("dong khe").code()).isEqualTo("01786");
        assertThat(firstFound("ĐÔNG KHÊ").code()).isEqualTo("01786");
    }

    @Test
    void givesTheSameResultsForOldAndNewTonePlacement() {
        List<AdministrativeUnit> oldPlacement = units.search("Hoà An", null, 50);
        assertThat(oldPlacement).extracting(AdministrativeUnit::name).contains("Hoà An");
        assertThat(units.search("Hòa An", null, 50)).isEqualTo(oldPlacement);
        assertThat(firstFound("Khánh Hòa").code()).isEqualTo("56");
    }

    @Test
    void putsNamesStartingWithTheTextFirst() {
        List<AdministrativeUnit> found = units.search("hoa", null, 200);
        int lastStarting = found.stream().filter(unit -> UnitNames.searchKey(unit.name()).startsWith("hoa"))
                .mapToInt(found::indexOf).max().orElseThrow();
        int firstElsewhere = found.stream().filter(unit -> !UnitNames.searchKey(unit.name()).startsWith("hoa"))
                .mapToInt(found::indexOf).min().orElseThrow();
        assertThat(lastStarting).isLessThan(firstElsewhere);
        assertThat(found.subList(0, lastStarting + 1)).extracting(unit -> UnitNames.searchKey(unit.name())).isSorted();
    }

    @Test
    void restrictsTheSearchToTheCommunesOfAProvince() {
        List<AdministrativeUnit> everywhere = units.search("hoa an", null, 50);
        assertThat(everywhere).extracting(AdministrativeUnit::provinceCode).contains("04", "92");
        assertThat(units.search("hoa an", "04", 50)).extracting(AdministrativeUnit::code).containsExactly("01654");
        assertThat(units.search("dong khe", "01", 50)).isEmpty();
    }

    @Test
    void readsTheTypeWordInTheQuery() {
        assertThat(units.search("xa dong khe", null, 10)).extracting(AdministrativeUnit::code).containsExactly("01786");
        assertThat(firstFound("phường Ba Đình").name()).isEqualTo("Ba Đình");
        assertThat(firstFound("tinh cao bang").code()).isEqualTo("04");
    }

    @Test
    void stillFindsNamesThatStartWithATypeWord() {
        assertThat(firstFound("phuong liet").name()).isEqualTo("Phương Liệt");
        assertThat(firstFound("Xa Dung").name()).isEqualTo("Xa Dung");
    }

    @Test
    void findsAUnitByTheStartOfItsCode() {
        assertThat(units.search("01786", null, 10)).extracting(AdministrativeUnit::code).containsExactly("01786");
        assertThat(units.search("0178", null, 10)).extracting(AdministrativeUnit::code).contains("01786");
    }

    @Test
    void findsNothingForEmptyText() {
        assertThat(units.search("  ", null, 10)).isEmpty();
        assertThat(units.search("zzzz", null, 10)).isEmpty();
    }

    @Test
    void returnsAtMostTheLimit() {
        assertThat(units.search("a", null, 7)).hasSize(7);
    }

    private AdministrativeUnit firstFound(String query) {
        List<AdministrativeUnit> found = units.search(query, null, 10);
        assertThat(found).as("units found for %s", query).isNotEmpty();
        return found.get(0);
    }
}

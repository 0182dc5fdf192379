package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;

class ActorTests {
    private static final Map<String, AdministrativeUnit> UNITS = Map.of(
            "own-commune", new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04"),
            "neighbour-commune", new AdministrativeUnit("01321", "Bảo Lạc", "xã", Level.COMMUNE, "04"),
            "other-province-commune", new AdministrativeUnit("00376", "Sóc Sơn", "xã", Level.COMMUNE, "01"),
            "own-province", new AdministrativeUnit("04", "Cao Bằng", "tỉnh", Level.PROVINCE, null),
            "other-province", new AdministrativeUnit("01", "Hà Nội", "thành phố", Level.PROVINCE, null));

    /** Commune roles belong to Đông Khê (01786); the province officer to Cao Bằng (04), which holds it. */
    private static Actor actor(Role role) {
        String unit = switch (role) {
            case ADMIN -> null;
            case PROVINCE_OFFICER -> "04";
            case COMMUNE_OFFICER, COMMUNE_LEADER, COUNCIL_MEMBER -> "01786";
        };
        return new Actor(1, "someone", "Someone", role, unit);
    }

    @ParameterizedTest(name = "{0} on {1}: read {2}, edit {3}, approve {4}, comment {5}")
    @CsvSource({
        "ADMIN,            own-commune,            true,  true,  true,  true",
        "ADMIN,            neighbour-commune,      true,  true,  true,  true",
        "ADMIN,            other-province-commune, true,  true,  true,  true",
        "ADMIN,            other-province,         true,  true,  true,  true",
        "PROVINCE_OFFICER, own-commune,            true,  false, false, false",
        "PROVINCE_OFFICER, neighbour-commune,      true,  false, false, false",
        "PROVINCE_OFFICER, own-province,           true,  false, false, false",
        "PROVINCE_OFFICER, other-province-commune, false, false, false, false",
        "PROVINCE_OFFICER, other-province,         false, false, false, false",
        "COMMUNE_OFFICER,  own-commune,            true,  true,  false, true",
        "COMMUNE_OFFICER,  neighbour-commune,      false, false, false, false",
        "COMMUNE_OFFICER,  own-province,           false, false, false, false",
        "COMMUNE_OFFICER,  other-province-commune, false, false, false, false",
        "COMMUNE_LEADER,   own-commune,            true,  true,  true,  true",
        "COMMUNE_LEADER,   neighbour-commune,      false, false, false, false",
        "COMMUNE_LEADER,   own-province,           false, false, false, false",
        "COMMUNE_LEADER,   other-province-commune, false, false, false, false",
        "COUNCIL_MEMBER,   own-commune,            true,  false, false, true",
        "COUNCIL_MEMBER,   neighbour-commune,      false, false, false, false",
        "COUNCIL_MEMBER,   own-province,           false, false, false, false",
        "COUNCIL_MEMBER,   other-province-commune, false, false, false, false",
    })
    void grantsEachRoleExactlyItsScopeOverOwnNeighbourAndOtherProvinceUnits(
            Role role, String unit, boolean read, boolean edit, boolean approve, boolean comment) {
        Actor actor = actor(role);
        AdministrativeUnit target = UNITS.get(unit);

        assertThat(actor.canRead(target)).as("read").isEqualTo(read);
        assertThat(actor.canEdit(target)).as("edit").isEqualTo(edit);
        assertThat(actor.canApprove(target)).as("approve").isEqualTo(approve);
        assertThat(actor.canComment(target)).as("comment").isEqualTo(comment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"COMMUNE_OFFICER", "COMMUNE_LEADER", "COUNCIL_MEMBER", "PROVINCE_OFFICER"})
    void neverLetsAnyoneButTheAdminChangeOrApproveWhatTheyMayNotRead(Role role) {
        Actor actor = actor(role);
        for (AdministrativeUnit unit : UNITS.values()) {
            if (!actor.canRead(unit)) {
                assertThat(actor.canEdit(unit) || actor.canApprove(unit) || actor.canComment(unit)).as(unit.code()).isFalse();
            }
        }
    }
}

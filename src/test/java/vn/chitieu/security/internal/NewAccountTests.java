package vn.chitieu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;

class NewAccountTests {
    private static final Map<String, AdministrativeUnit> UNITS = Map.of(
            "04", new AdministrativeUnit("04", "Cao Bằng", "tỉnh", Level.PROVINCE, null),
            "01786", new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04"));
    private static final Function<String, Optional<AdministrativeUnit>> FIND = code -> Optional.ofNullable(UNITS.get(code));

    private static List<String> problems(String username, String displayName, String role, String unitCode) {
        return new NewAccount(username, displayName, role, unitCode).problems(FIND).stream()
                .map(p -> p.field() + ":" + p.code())
                .toList();
    }

    @ParameterizedTest(name = "{0} with unit [{1}]")
    @CsvSource({"ADMIN, ''", "PROVINCE_OFFICER, 04", "COMMUNE_OFFICER, 01786", "COMMUNE_LEADER, 01786", "COUNCIL_MEMBER, ' 01786 '"})
    void acceptsEachRoleWithTheUnitItNeeds(String role, String unitCode) {
        assertThat(problems("can.bo-1", "Nguyễn Văn A", role, unitCode)).isEmpty();
    }

    @ParameterizedTest(name = "{0} with unit [{1}] -> {2}")
    @CsvSource({
        "ADMIN,            01786, security.account.unitCode.notForAdmin",
        "PROVINCE_OFFICER, 01786, security.account.unitCode.provinceExpected",
        "PROVINCE_OFFICER, '',    security.account.unitCode.required",
        "COMMUNE_OFFICER,  04,    security.account.unitCode.communeExpected",
        "COMMUNE_LEADER,   99999, security.account.unitCode.unknown",
        "COUNCIL_MEMBER,   '',    security.account.unitCode.required",
    })
    void refusesAUnitThatDoesNotFitTheRole(String role, String unitCode, String expected) {
        assertThat(problems("can.bo-1", "Nguyễn Văn A", role, unitCode)).containsExactly("unitCode:" + expected);
    }

    @Test
    void storesUsernamesInLowerCaseWithoutSurroundingSpaces() {
        NewAccount request = new NewAccount("  CanBo.DongKhe ", "Nguyễn Văn A", "COMMUNE_OFFICER", "01786");

        assertThat(request.normalizedUsername()).isEqualTo("canbo.dongkhe");
        assertThat(request.problems(FIND)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({"ab", "nguyễn", "has space", "-leading-dash", "''"})
    void refusesUsernamesThatAreShortOrCarryAccentsSpacesOrALeadingSign(String username) {
        assertThat(problems(username, "Nguyễn Văn A", "ADMIN", "")).containsExactly("username:security.account.username.invalid");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        assertThat(problems("", " ", "", "")).containsExactly(
                "username:security.account.username.invalid",
                "displayName:security.account.displayName.required",
                "role:security.account.role.required");
    }

    @Test
    void refusesARoleThatDoesNotExist() {
        assertThat(problems("can.bo-1", "Nguyễn Văn A", "MAYOR", "01786")).containsExactly("role:security.account.role.required");
    }
}

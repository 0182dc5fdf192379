package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class AccessMatrixIntegrationTests extends SecurityTestBase {

    @Test
    void answersEveryRoleAsTheAccessTableSays() {
        Map<Role, String> users = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            users.put(role, accounts.create(role, switch (role) {
                case ADMIN -> null;
                case PROVINCE_OFFICER -> TestUnits.PROVINCE;
                case COMMUNE_OFFICER, COMMUNE_LEADER, COUNCIL_MEMBER -> TestUnits.COMMUNE;
            }));
        }
        AuthorizationMatrix matrix = new AuthorizationMatrix()
                .api("/api/accounts", 401, Map.of(Role.ADMIN, 200), 404)
                .api("/api/tokens", 401, Map.of(), 200)
                .page("/admin/accounts", 302, Map.of(Role.ADMIN, 200), 403)
                .page("/profile", 302, Map.of(), 200)
                .page("/login", 200, Map.of(), 200);

        assertThat(matrix.mismatches(port, users, TestAccounts.PASSWORD)).isEmpty();
    }
}

package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class AccountAdministrationIntegrationTests extends SecurityTestBase {

    private static String newAccount(String username, String role, String unitCode) {
        return "{\"username\": \"" + username + "\", \"displayName\": \"Hoàng Thị Lan\", \"role\": \"" + role
                + "\", \"unitCode\": " + (unitCode == null ? "null" : "\"" + unitCode + "\"") + "}";
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void createsAnAccountThroughTheApiWhoseOneTimePasswordSignsIn() {
        TestUnits.insert(jdbc);
        String username = uniqueName("can.bo.dong.khe");

        HttpResponse<String> created = admin().post("/api/accounts", newAccount(username.toUpperCase(), "COMMUNE_OFFICER", TestUnits.COMMUNE));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.path("account").path("username").asText()).isEqualTo(username);
        assertThat(body.path("account").path("unitCode").asText()).isEqualTo(TestUnits.COMMUNE);
        assertThat(location(created)).endsWith("/api/accounts/" + body.path("account").path("id").asLong());
        String password = body.path("password").asText();
        assertThat(password).hasSize(20);
        assertThat(Api.basic(port, username, password).get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(admin().get("/api/accounts").body()).doesNotContain(password).doesNotContain("password_hash").doesNotContain("{bcrypt}");
    }

    @Test
    void refusesAUnitThatDoesNotFitTheRoleInTheCallersLanguage() {
        TestUnits.insert(jdbc);
        String body = newAccount(uniqueName("tinh"), "PROVINCE_OFFICER", TestUnits.COMMUNE);

        HttpResponse<String> vietnamese = admin().post("/api/accounts", body);
        HttpResponse<String> english = admin().inLanguage("en").post("/api/accounts", body);

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        JsonNode error = json(vietnamese).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("unitCode");
        assertThat(error.path("message").asText()).startsWith("Cán bộ tỉnh cần mã của một tỉnh");
        assertThat(json(english).path("errors").get(0).path("message").asText()).startsWith("A province officer needs");
    }

    @Test
    void refusesAUsernameThatIsTaken() {
        String existing = accounts.create(Role.COUNCIL_MEMBER, TestUnits.COMMUNE);

        HttpResponse<String> response = admin().post("/api/accounts", newAccount(existing, "COUNCIL_MEMBER", TestUnits.COMMUNE));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("message").asText()).isEqualTo("Tên đăng nhập này đã được dùng.");
    }

    @Test
    void disablesAnAccountEndingItsSessionsAndEnablesItAgain() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        long id = accounts.id(user);
        Browser browser = new Browser(port);
        browser.signIn(user, TestAccounts.PASSWORD);

        HttpResponse<String> disabled = admin().post("/api/accounts/" + id + "/disable", null);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(json(disabled).path("enabled").asBoolean()).isFalse();
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
        assertThat(as(user).get("/api/tokens").statusCode()).isEqualTo(401);
        assertThat(admin().post("/api/accounts/" + id + "/enable", null).statusCode()).isEqualTo(200);
        assertThat(as(user).get("/api/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesToLetAnAdminDisableThemselves() {
        long adminId = accounts.id("admin");

        HttpResponse<String> response = admin().post("/api/accounts/" + adminId + "/disable", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(admin().get("/api/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void resetsAPasswordSoThatOnlyTheNewOneSignsIn() {
        String user = accounts.create(Role.COMMUNE_LEADER, TestUnits.COMMUNE);

        HttpResponse<String> reset = admin().post("/api/accounts/" + accounts.id(user) + "/password", null);

        String password = json(reset).path("password").asText();
        assertThat(Api.basic(port, user, password).get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(as(user).get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void answers404ForAnAccountThatDoesNotExist() {
        assertThat(admin().post("/api/accounts/987654321/disable", null).statusCode()).isEqualTo(404);
        assertThat(admin().get("/api/accounts/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void createsAnAccountOnTheAdminPageAndShowsItsPasswordOnce() {
        TestUnits.insert(jdbc);
        Browser browser = new Browser(port);
        browser.signIn("admin", ADMIN_PASSWORD);
        String username = uniqueName("lanh.dao");

        HttpResponse<String> refused = browser.submit("/admin/accounts", "/admin/accounts",
                Map.of("username", username, "displayName", "Lý Văn Bình", "role", "COMMUNE_LEADER", "unitCode", TestUnits.PROVINCE));
        HttpResponse<String> created = browser.submit("/admin/accounts", "/admin/accounts",
                Map.of("username", username, "displayName", "Lý Văn Bình", "role", "COMMUNE_LEADER", "unitCode", TestUnits.COMMUNE));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vai trò này cần mã của một xã, phường hoặc đặc khu")
                .contains("value=\"" + username + "\"");
        assertThat(created.statusCode()).isEqualTo(200);
        String password = created.body().replaceAll("(?s).*<code class=\"secret\">([^<]+)</code>.*", "$1");
        assertThat(password).hasSize(20);
        assertThat(Api.basic(port, username, password).get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/accounts").body()).contains(username).contains("Lãnh đạo UBND xã").doesNotContain(password);
    }

    @Test
    void disablesAnAccountFromTheAdminPage() {
        String user = accounts.create(Role.COUNCIL_MEMBER, TestUnits.COMMUNE);
        Browser browser = new Browser(port);
        browser.signIn("admin", ADMIN_PASSWORD);

        HttpResponse<String> response = browser.submit("/admin/accounts", "/admin/accounts/" + accounts.id(user) + "/disable", Map.of());

        assertThat(location(response)).endsWith("/admin/accounts");
        assertThat(jdbc.sql("SELECT enabled FROM account WHERE username = ?").param(user).query(Boolean.class).single()).isFalse();
    }
}

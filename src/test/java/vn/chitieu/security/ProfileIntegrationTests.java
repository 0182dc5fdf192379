package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class ProfileIntegrationTests extends SecurityTestBase {
    String user;
    Browser browser;

    @BeforeEach
    void signIn() {
        user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        browser = new Browser(port);
        browser.signIn(user, TestAccounts.PASSWORD);
    }

    private HttpResponse<String> changePassword(String current, String next, String confirmation) {
        return browser.submit("/profile", "/profile/password",
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirmation));
    }

    @Test
    void showsWhoIsSignedInWithTheirRoleAndUnit() {
        HttpResponse<String> profile = browser.get("/profile");

        assertThat(profile.body()).contains(user).contains("Cán bộ xã").contains("xã Đông Khê");
    }

    @Test
    void changesTheOwnPasswordGivenTheCurrentOne() {
        HttpResponse<String> changed = changePassword(TestAccounts.PASSWORD, "mật khẩu mới của tôi", "mật khẩu mới của tôi");

        assertThat(location(changed)).endsWith("/profile?passwordChanged");
        assertThat(Api.basic(port, user, "mật khẩu mới của tôi").get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(as(user).get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsThePasswordWhenTheCurrentOneIsWrongAndSaysSo() {
        HttpResponse<String> refused = changePassword("không phải mật khẩu", "mật khẩu mới của tôi", "mật khẩu mới của tôi");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Mật khẩu hiện tại không đúng.").doesNotContain("mật khẩu mới của tôi");
        assertThat(as(user).get("/api/tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void createsATokenOnThePageShowsItOnceAndRevokesIt() {
        HttpResponse<String> created = browser.submit("/profile", "/profile/tokens", Map.of("name", "máy chủ báo cáo"));

        String token = created.body().replaceAll("(?s).*<code class=\"secret\">([^<]+)</code>.*", "$1");
        assertThat(token).startsWith("ct_");
        assertThat(Api.bearer(port, token).get("/api/tokens").statusCode()).isEqualTo(200);
        HttpResponse<String> later = browser.get("/profile");
        assertThat(later.body()).contains("máy chủ báo cáo").doesNotContain(token);

        long id = jdbc.sql("SELECT id FROM api_token WHERE account_id = ?").param(accounts.id(user)).query(Long.class).single();
        HttpResponse<String> revoked = browser.submit("/profile", "/profile/tokens/" + id + "/revoke", Map.of());

        assertThat(location(revoked)).endsWith("/profile");
        assertThat(Api.bearer(port, token).get("/api/tokens").statusCode()).isEqualTo(401);
    }
}

package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class FormLoginIntegrationTests extends SecurityTestBase {
    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @Test
    void sendsAnAnonymousVisitorToTheSignInPageAndBackToTheRequestedPageAfterwards() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        HttpResponse<String> profile = browser.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(location(profile)).endsWith("/login");

        HttpResponse<String> signedIn = browser.signIn(user, TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).contains("/profile");
        HttpResponse<String> back = browser.get("/profile");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains(user).contains("Đông Khê");
    }

    @Test
    void showsInTheMenuWhoIsSignedInAndWhatTheyMayOpen() {
        String officer = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        String admin = accounts.create(Role.ADMIN, null);
        String visitorMenu = browser.get("/units").body();
        assertThat(visitorMenu).contains("href=\"/login\"").doesNotContain("href=\"/profile\"", "/logout", "href=\"/admin/accounts\"");

        browser.signIn(officer, TestAccounts.PASSWORD);
        assertThat(browser.get("/units").body()).contains("href=\"/profile\">" + officer + "</a>", "/logout")
                .doesNotContain("href=\"/login\"", "href=\"/admin/accounts\"");

        Browser adminBrowser = new Browser(port);
        adminBrowser.signIn(admin, TestAccounts.PASSWORD);
        assertThat(adminBrowser.get("/units").body()).contains("href=\"/admin/accounts\"", "href=\"/profile\">" + admin + "</a>");
        assertThat(browser.get("/admin/accounts").body()).as("the forbidden page of a signed-in officer").doesNotContain("href=\"/login\"");
    }

    @Test
    void keepsTheSignedInSessionInTheDatabase() {
        String user = accounts.create(Role.COUNCIL_MEMBER, TestUnits.COMMUNE);

        browser.signIn(user, TestAccounts.PASSWORD);

        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(user).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id "
                + "WHERE s.principal_name = ? AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'").param(user).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);

        assertThat(browser.post("/login", Map.of("username", user, "password", TestAccounts.PASSWORD)).statusCode()).isEqualTo(403);
        browser.signIn(user, TestAccounts.PASSWORD);
        assertThat(browser.post("/profile/tokens", Map.of("name", "không có mã CSRF")).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE account_id = ?").param(accounts.id(user)).query(Long.class).single())
                .isZero();
    }

    @Test
    void locksAnAccountForFifteenMinutesAfterFiveWrongPasswordsInARow() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(browser.signIn(user, "sai mật khẩu " + attempt))).endsWith("/login?error");
        }

        HttpResponse<String> rightPassword = browser.signIn(user, TestAccounts.PASSWORD);

        assertThat(location(rightPassword)).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("tạm bị khóa 15 phút");
        Instant lockedUntil = jdbc.sql("SELECT locked_until FROM account WHERE username = ?").param(user)
                .query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant()).single();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void answersForAUsernameWithoutAccountJustAsForOneWithAnAccount() {
        String nobody = "khong-ai-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(browser.signIn(nobody, "sai mật khẩu"))).endsWith("/login?error");
        }

        assertThat(location(browser.signIn(nobody, "sai mật khẩu"))).endsWith("/login?locked");
    }

    @Test
    void startsCountingAgainAfterASuccessfulSignIn() {
        String user = accounts.create(Role.COMMUNE_LEADER, TestUnits.COMMUNE);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(user, "sai");
        }
        assertThat(location(new Browser(port).signIn(user, TestAccounts.PASSWORD))).doesNotContain("/login");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(user, "sai");
        }

        assertThat(location(new Browser(port).signIn(user, TestAccounts.PASSWORD))).doesNotContain("/login");
    }

    @Test
    void refusesADisabledAccountWithTheSameMessageAsAWrongPassword() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = ?").param(user).update();

        assertThat(location(browser.signIn(user, TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
    }

    @Test
    void signsOutWithAPostCarryingTheCsrfToken() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        browser.signIn(user, TestAccounts.PASSWORD);

        HttpResponse<String> signedOut = browser.submit("/profile", "/logout", Map.of());

        assertThat(location(signedOut)).endsWith("/login?logout");
        assertThat(browser.get("/profile").statusCode()).isEqualTo(302);
    }

    @Test
    void forbidsTheAdminPagesToEveryoneButAdmins() {
        String user = accounts.create(Role.PROVINCE_OFFICER, TestUnits.PROVINCE);
        browser.signIn(user, TestAccounts.PASSWORD);

        assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void letsAnonymousVisitorsReachPublicPagesAndThePublishedResolutionsControllers() {
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        assertThat(browser.get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("/resolutions/123").statusCode()).isNotIn(302, 401, 403);
        assertThat(browser.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }
}

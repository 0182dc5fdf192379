package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class ApiAuthenticationIntegrationTests extends SecurityTestBase {
    @Test
    void answersAnAnonymousCallWith401AProblemDetailAndBothChallenges() {
        HttpResponse<String> response = Api.anonymous(port).get("/api/accounts");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(c -> c.startsWith("Basic ")).anyMatch(c -> c.startsWith("Bearer "));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Cần đăng nhập");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/accounts");
    }

    @Test
    void writesTheProblemInTheLanguageTheCallerAskedFor() {
        HttpResponse<String> response = Api.anonymous(port).inLanguage("en").get("/api/accounts");

        assertThat(json(response).path("title").asText()).isEqualTo("Sign-in required");
    }

    @Test
    void letsAnAdminInWithHttpBasicWithoutCreatingASession() {
        HttpResponse<String> response = admin().get("/api/accounts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).findValuesAsText("username")).contains("admin");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void answers404NotForbiddenToASignedInCommuneOfficerAskingForTheAccounts() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);

        HttpResponse<String> response = as(user).get("/api/accounts");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("status").asInt()).isEqualTo(404);
        assertThat(as(user).post("/api/accounts", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAWrongBasicPassword() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);

        assertThat(Api.basic(port, user, "không đúng").get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void locksHttpBasicAfterFiveWrongPasswordsAsTheFormDoes() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.basic(port, user, "sai " + attempt).get("/api/tokens");
        }

        HttpResponse<String> rightPassword = as(user).get("/api/tokens");

        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(json(rightPassword).path("detail").asText()).contains("15 phút");
        assertThat(location(new Browser(port).signIn(user, TestAccounts.PASSWORD))).endsWith("/login?locked");
    }

    @Test
    void doesNotLetASessionCookieAuthenticateTheApi() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        Browser browser = new Browser(port);
        browser.signIn(user, TestAccounts.PASSWORD);
        assertThat(browser.get("/profile").statusCode()).isEqualTo(200);

        assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void letsAnonymousCallersReadPublicResourcesButNotChangeAnything() {
        Api anonymous = Api.anonymous(port);

        assertThat(anonymous.get("/api/resolutions/123").statusCode()).isNotEqualTo(401);
        assertThat(anonymous.get("/api/units").statusCode()).isNotEqualTo(401);
        assertThat(anonymous.get("/api/health").statusCode()).isNotEqualTo(401);
        assertThat(anonymous.post("/api/resolutions", "{}").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/extract", "{}").statusCode()).isEqualTo(401);
    }
}

package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.internal.Secrets;

@IntegrationTest
class ApiTokenIntegrationTests extends SecurityTestBase {
    private JsonNode createToken(String user, String name) {
        HttpResponse<String> created = as(user).post("/api/tokens", "{\"name\": \"" + name + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created);
    }

    @Test
    void createsATokenShownOnceAndKeepsOnlyItsSha256() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);

        JsonNode created = createToken(user, "bảng tính báo cáo");

        String token = created.path("token").asText();
        assertThat(created.path("name").asText()).isEqualTo("bảng tính báo cáo");
        assertThat(token).startsWith("ct_");
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(created.path("id").asLong()).query(String.class).single())
                .isEqualTo(Secrets.tokenHash(token));
        HttpResponse<String> list = as(user).get("/api/tokens");
        assertThat(list.body()).contains("bảng tính báo cáo").doesNotContain(token);
    }

    @Test
    void authenticatesAsTheTokensOwnerAndNotesWhenItWasUsed() {
        String user = accounts.create(Role.COMMUNE_LEADER, TestUnits.COMMUNE);
        JsonNode created = createToken(user, "tỉnh");

        HttpResponse<String> list = Api.bearer(port, created.path("token").asText()).get("/api/tokens");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get(0).path("name").asText()).isEqualTo("tỉnh");
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE id = ?").param(created.path("id").asLong())
                .query(Boolean.class).single()).isTrue();
        assertThat(Api.bearer(port, created.path("token").asText()).get("/api/accounts").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesARevokedTokenButKeepsItInTheList() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        JsonNode created = createToken(user, "tạm");
        Api bearer = Api.bearer(port, created.path("token").asText());

        assertThat(bearer.delete("/api/tokens/" + created.path("id").asLong()).statusCode()).isEqualTo(204);

        assertThat(bearer.get("/api/tokens").statusCode()).isEqualTo(401);
        JsonNode listed = json(as(user).get("/api/tokens")).get(0);
        assertThat(listed.path("revokedAt").isMissingNode()).isFalse();
    }

    @Test
    void refusesAnUnknownToken() {
        HttpResponse<String> response = Api.bearer(port, Secrets.token()).get("/api/tokens");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void refusesTheTokenOfADisabledAccount() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        String token = createToken(user, "tạm").path("token").asText();

        jdbc.sql("UPDATE account SET enabled = FALSE WHERE username = ?").param(user).update();

        assertThat(Api.bearer(port, token).get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void answers404ForRevokingSomeoneElsesToken() {
        String owner = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);
        String other = accounts.create(Role.COMMUNE_OFFICER, TestUnits.NEIGHBOUR_COMMUNE);
        long id = createToken(owner, "của người khác").path("id").asLong();

        assertThat(as(other).delete("/api/tokens/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM api_token WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void refusesATokenWithoutAName() {
        String user = accounts.create(Role.COMMUNE_OFFICER, TestUnits.COMMUNE);

        HttpResponse<String> response = as(user).post("/api/tokens", "{\"name\": \"  \"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(json(response).path("errors").get(0).path("message").asText()).startsWith("Hãy đặt tên");
    }
}

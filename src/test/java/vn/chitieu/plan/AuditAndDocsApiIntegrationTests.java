package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.PROVINCE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class AuditAndDocsApiIntegrationTests extends ResolutionApiTest {
    @Test
    void showsWhoCreatedAResolutionAndWhoAdoptedItToThoseWhoMayReadIt() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        api.post("/api/resolutions/" + id + "/adopt", PlanFixtures.leader(COMMUNE)).andExpect(status().isOk());

        JsonNode history = body(api.get("/api/audit?entity=resolution/" + id, PlanFixtures.provinceOfficer(PROVINCE))
                .andExpect(status().isOk()));

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(history.get(0).get("actor").asText()).isEqualTo(officer.username());
        assertThat(history.get(0).at("/after/status").asText()).isEqualTo("DRAFT");
        assertThat(history.get(1).get("action").asText()).isEqualTo("ADOPT");
        assertThat(history.get(1).at("/before/status").asText()).isEqualTo("DRAFT");
        assertThat(history.get(1).at("/after/status").asText()).isEqualTo("ADOPTED");
        assertThat(history.get(1).get("resolutionId").asLong()).isEqualTo(id);
    }

    @Test
    void refusesAnEntityItDoesNotKnowAndAThingWithoutHistory() throws Exception {
        api.get("/api/audit?entity=account/3", officer).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Đối tượng không hợp lệ"));
        api.get("/api/audit?entity=target/999999999", officer).andExpect(status().isNotFound());
        api.get("/api/audit", officer).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Thiếu tham số"));
    }

    @Test
    void describesEveryResolutionOperationInTheOpenApiDocument() throws Exception {
        JsonNode document = body(api.get("/v3/api-docs", officer).andExpect(status().isOk()));
        JsonNode paths = document.get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/extract", "/api/resolutions", "/api/resolutions/{id}",
                "/api/resolutions/{id}/adopt", "/api/resolutions/{id}/publish", "/api/resolutions/{id}/archive",
                "/api/resolutions/{id}/restore", "/api/resolutions/{id}/source", "/api/resolutions/{id}/text", "/api/audit");
        assertThat(paths.at("/~1api~1resolutions/post/summary").asText()).isEqualTo("Import a document as a DRAFT resolution of a unit");
        assertThat(paths.at("/~1api~1resolutions/post/description").asText()).contains("\"existing\": true");
        assertThat(paths.at("/~1api~1resolutions~1{id}/put/summary").asText()).isNotBlank();
        assertThat(paths.fieldNames()).toIterable().contains("/api/resolutions/{id}/comments");
        assertThat(document.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/password/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/security").toString()).contains("token", "password");
    }
}

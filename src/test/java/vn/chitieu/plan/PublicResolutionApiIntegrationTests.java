package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import vn.chitieu.IntegrationTest;

/**
 * What a visitor who has not signed in may read. These need the security configuration that lets
 * anonymous GET requests reach /api/resolutions/** (Spring Boot's default asks everyone to sign in).
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicResolutionApiIntegrationTests extends ResolutionApiTest {
    @Test
    void showsAPublishedResolutionItsSourceAndItsPlaceInTheListToAVisitor() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        api.post("/api/resolutions/" + id + "/adopt", leader).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/publish", leader).andExpect(status().isOk());

        api.get("/api/resolutions/" + id, null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.get("/api/resolutions/" + id + "/source", null).andExpect(status().isOk());
        api.get("/api/resolutions/" + id + "/text", null).andExpect(status().isOk());
        assertThat(ids("/api/resolutions?unit=" + COMMUNE, null)).contains(id);
    }

    @Test
    void answersNotFoundToAVisitorAskingForADraft() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        api.get("/api/resolutions/" + id, null).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không tìm thấy nghị quyết"));
        api.get("/api/resolutions/" + id + "/source", null).andExpect(status().isNotFound());
        assertThat(ids("/api/resolutions?unit=" + COMMUNE, null)).doesNotContain(id);
    }
}

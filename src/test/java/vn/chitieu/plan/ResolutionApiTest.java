package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** What every integration test of the resolution API starts from: MockMvc, the units, and the commune's officer and leader. */
abstract class ResolutionApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ResolutionApiCalls api;
    final Actor officer = PlanFixtures.officer(COMMUNE);
    final Actor leader = PlanFixtures.leader(COMMUNE);

    @BeforeEach
    void addUnitsAndCallApi() {
        PlanFixtures.units(jdbc);
        api = new ResolutionApiCalls(mvc);
    }

    /** A page as the actor (null: a visitor) sees it in Vietnamese, which must answer with the status; its HTML. */
    String html(MockHttpServletRequestBuilder request, Actor actor, int status) throws Exception {
        MvcResult result = mvc.perform((actor == null ? request : request.with(PageVisitor.as(actor))).locale(Locale.forLanguageTag("vi")))
                .andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(html).isEqualTo(status);
        return html;
    }

    /** A copy of a seed imported for the commune by its officer and adopted by its leader; answers its id. */
    long adoptedSeed(String seed) throws Exception {
        return adoptedSeed(seed, PlanFixtures.COMMUNE);
    }

    /** The same for another commune, by its officer and leader. */
    long adoptedSeed(String seed, String commune) throws Exception {
        byte[] bytes = ResolutionImportIntegrationTests.unique(vn.chitieu.document.TestDocuments.seed(seed));
        long id = ResolutionApiCalls.body(api.importFile("nq.txt", bytes, commune, PlanFixtures.officer(commune))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())).get("id").asLong();
        api.post("/api/resolutions/" + id + "/adopt", PlanFixtures.leader(commune))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        return id;
    }

    /** The id of the first target whose subject starts so, as the reader (null: a visitor) sees the resolution. */
    long targetWithSubject(long id, String subject, Actor reader) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode indicator : ResolutionApiCalls.body(api.get("/api/resolutions/" + id, reader))
                .get("indicators")) {
            for (com.fasterxml.jackson.databind.JsonNode target : indicator.get("targets")) {
                if (target.path("subject").asText().startsWith(subject)) {
                    return target.get("id").asLong();
                }
            }
        }
        throw new AssertionError("no target " + subject);
    }

    /** The same as the commune's officer sees it. */
    long targetWithSubject(long id, String subject) throws Exception {
        return targetWithSubject(id, subject, officer);
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The ids in a list of resolutions as the actor (none: a visitor) sees it. */
    List<Long> ids(String path, Actor actor) throws Exception {
        List<Long> ids = new ArrayList<>();
        ResolutionApiCalls.body(api.get(path, actor).andExpect(status().isOk())).forEach(summary -> ids.add(summary.get("id").asLong()));
        return ids;
    }
}

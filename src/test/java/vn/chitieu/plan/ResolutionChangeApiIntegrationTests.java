package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.Actor;

@IntegrationTest
@AutoConfigureMockMvc
class ResolutionChangeApiIntegrationTests extends ResolutionApiTest {
    @Test
    void changesADraftWhenIfMatchNamesItsVersionAndShowsTheChangeInTheHistory() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        int version = draft.get("version").asInt();
        JsonNode target = draft.at("/indicators/0/targets/0");

        JsonNode saved = body(api.put(id, "\"" + version + "\"", withFirstTarget(draft, "value", "43.5"), officer)
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"" + (version + 1) + "\"")));

        assertThat(saved.get("version").asInt()).isEqualTo(version + 1);
        assertThat(saved.at("/indicators/0/targets/0/id").asLong()).isEqualTo(target.get("id").asLong());
        assertThat(saved.at("/indicators/0/targets/0/value").decimalValue()).isEqualByComparingTo("43.5");
        assertThat(saved.get("updatedBy").asText()).isEqualTo(officer.username());
        JsonNode history = body(api.get("/api/audit?entity=target/" + target.get("id").asLong(), officer).andExpect(status().isOk()));
        JsonNode change = history.get(history.size() - 1);
        assertThat(change.get("action").asText()).isEqualTo("UPDATE");
        assertThat(change.get("actor").asText()).isEqualTo(officer.username());
        assertThat(change.get("before").isObject()).isTrue();
        assertThat(change.at("/before/value").decimalValue()).isEqualByComparingTo(target.get("value").decimalValue());
        assertThat(change.at("/after/value").decimalValue()).isEqualByComparingTo("43.5");
        assertThat(history.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(history.get(0).has("before")).isFalse();
    }

    @Test
    void acceptsTheVersionBareQuotedOrWeakAndWritesNumbersPlainly() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        int version = draft.get("version").asInt();

        api.put(id, String.valueOf(version), withFirstTarget(draft, "value", "1E+3"), officer).andExpect(status().isOk());
        api.put(id, "W/\"" + (version + 1) + "\"", withFirstTarget(draft, "value", "2000"), officer).andExpect(status().isOk());
        var saved = api.put(id, "\"" + (version + 2) + "\"", withFirstTarget(draft, "value", "1E+3"), officer).andExpect(status().isOk());

        assertThat(ResolutionApiCalls.text(saved)).contains("\"value\":1000").doesNotContain("E+");
    }

    @Test
    void refusesAChangeOverAVersionSomeoneElseSavedWithConflictAndTheCurrentVersion() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        String loaded = "\"" + draft.get("version").asInt() + "\"";
        api.put(id, loaded, withFirstTarget(draft, "value", "1"), officer).andExpect(status().isOk());

        api.put(id, loaded, withFirstTarget(draft, "value", "2"), officer).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(draft.get("version").asInt() + 1))
                .andExpect(jsonPath("$.title").value("Nghị quyết đã được người khác sửa"));

        assertThat(firstValue(id)).isEqualByComparingTo("1");
    }

    @Test
    void requiresIfMatchToChangeADraft() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();

        api.put(id, null, withFirstTarget(draft, "value", "2"), officer).andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));

        assertThat(firstValue(id)).isEqualByComparingTo("10");
    }

    @Test
    void refusesToAdoptWithEveryProblemInVietnameseByDefaultAndInEnglishOnRequest() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        ObjectNode unitless = withFirstTarget(draft, "unit", null);
        api.put(id, draft.get("version").asText(), unitless, officer).andExpect(status().isOk());

        api.post("/api/resolutions/" + id + "/adopt", leader).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Nghị quyết chưa hợp lệ"))
                .andExpect(jsonPath("$.problems[0].path").value("indicators[0].targets[0].unit"))
                .andExpect(jsonPath("$.problems[0].message").value("Mục tiêu 1 của chỉ tiêu số 1 có số nhưng chưa có đơn vị tính;"
                        + " hãy nhập đơn vị hoặc đánh dấu \"không có đơn vị\"."));
        api.post("/api/resolutions/" + id + "/adopt", leader, HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("The resolution is not valid yet"))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Target 1 of indicator 1 has a number but no unit; enter the unit or mark it as having none."));

        assertThat(body(api.get("/api/resolutions/" + id, officer)).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void adoptsAndPublishesWhenTheCommuneLeaderAsks() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        JsonNode adopted = body(api.post("/api/resolutions/" + id + "/adopt", leader).andExpect(status().isOk()));
        assertThat(adopted.get("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.get("adoptedAt").asText()).isNotBlank();

        JsonNode published = body(api.post("/api/resolutions/" + id + "/publish", leader).andExpect(status().isOk()));
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").asText()).isNotBlank();
    }

    @Test
    void archivesAndRestoresADraft() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        assertThat(body(api.post("/api/resolutions/" + id + "/archive", officer).andExpect(status().isOk())).get("archived").asBoolean())
                .isTrue();
        assertThat(body(api.post("/api/resolutions/" + id + "/restore", officer).andExpect(status().isOk())).get("archived").asBoolean())
                .isFalse();
    }

    @Test
    void answersNotFoundToAnOfficerOfAnotherCommuneWhateverTheyAsk() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        Actor stranger = PlanFixtures.officer(NEIGHBOUR);

        api.get("/api/resolutions/" + id, stranger).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không tìm thấy nghị quyết"));
        api.put(id, draft.get("version").asText(), draft, stranger).andExpect(status().isNotFound());
        api.post("/api/resolutions/" + id + "/adopt", PlanFixtures.leader(NEIGHBOUR)).andExpect(status().isNotFound());
        api.get("/api/resolutions/" + id + "/source", stranger).andExpect(status().isNotFound());
        api.get("/api/audit?entity=resolution/" + id, stranger).andExpect(status().isNotFound());
        api.get("/api/audit?entity=target/" + draft.at("/indicators/0/targets/0/id").asLong(), stranger)
                .andExpect(status().isNotFound());
    }

    @Test
    void answersForbiddenToACouncilMemberWhoMayReadButNotAdopt() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        Actor member = PlanFixtures.councilMember(COMMUNE);

        api.get("/api/resolutions/" + id, member).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/adopt", member).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
        api.post("/api/resolutions/" + id + "/adopt", member, HttpHeaders.ACCEPT_LANGUAGE, "en")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Not permitted"));
    }

    private BigDecimal firstValue(long id) throws Exception {
        return body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/value").decimalValue();
    }

    /** The resolution as fetched, sent back with one field of its first target changed (null: left out). */
    private static ObjectNode withFirstTarget(JsonNode resolution, String field, String value) {
        ObjectNode copy = resolution.deepCopy();
        ObjectNode target = (ObjectNode) copy.at("/indicators/0/targets/0");
        if (value == null) {
            target.remove(field);
        } else if (field.equals("value")) {
            target.put(field, new BigDecimal(value));
        } else {
            target.put(field, value);
        }
        return copy;
    }
}

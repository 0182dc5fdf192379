package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;

/** Entering actual values through the API: versions, locks, periods of the plan, scope. */
@IntegrationTest
@AutoConfigureMockMvc
class ActualsApiIntegrationTests extends ResolutionApiTest {

    @Test
    void keepsAValueAndReplacesItOnlyWithTheVersionItWasReadAt() throws Exception {
        long target = firstTarget(adopted());
        String path = "/api/targets/" + target + "/actuals/2026";

        JsonNode first = body(put(path, "{\"value\": 41.2, \"estimate\": true, \"note\": \"ước tính\"}", null, officer)
                .andExpect(status().isCreated()).andExpect(header().string(HttpHeaders.ETAG, "\"1\"")));
        put(path, "{\"value\": 42}", null, officer).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.currentVersion").value(1));
        put(path, "{\"value\": 42}", "\"1\"", officer).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"2\""));
        put(path, "{\"value\": 43}", "\"1\"", leader).andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(2));

        assertThat(first.get("estimate").asBoolean()).isTrue();
        JsonNode listed = body(api.get("/api/targets/" + target + "/actuals", officer).andExpect(status().isOk()));
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.get("period").asText()).isEqualTo("2026");
            assertThat(v.get("value").decimalValue()).isEqualByComparingTo("42");
            assertThat(v.get("version").asInt()).isEqualTo(2);
            assertThat(v.get("enteredBy").asText()).isEqualTo(officer.username());
            assertThat(v.has("note")).as("the note was left out of the replacement").isFalse();
        });
        JsonNode history = body(api.get("/api/audit?entity=actual/" + first.get("id").asLong(), officer).andExpect(status().isOk()));
        assertThat(history).extracting(e -> e.get("action").asText()).containsExactly("CREATE", "UPDATE");
        assertThat(history.get(1).at("/before/value").decimalValue()).isEqualByComparingTo("41.2");
    }

    @Test
    void takesValuesOnlyForAnAdoptedPlanAndThePeriodsItOpens() throws Exception {
        long draftTarget = firstTarget(api.importSeed(officer).get("id").asLong());
        long target = firstTarget(adopted());

        put("/api/targets/" + draftTarget + "/actuals/2026", "{\"value\": 1}", null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value("Chỉ nhập số liệu thực hiện cho nghị quyết đã thông qua (và chưa lưu trữ)."));
        put("/api/targets/" + target + "/actuals/2031", "{\"value\": 1}", null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].path").value("period"));
        put("/api/targets/" + target + "/actuals/2026-Q5", "{\"value\": 1}", null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("2026-Q5")));
        put("/api/targets/" + target + "/actuals/2026", "{\"note\": \"quên số\"}", null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].path").value("value"));
        put("/api/targets/" + target + "/actuals/2025", "{\"value\": 900}", null, officer).andExpect(status().isCreated());
        assertThat(count("actual_value WHERE target_id = " + target)).isEqualTo(1);
    }

    @Test
    void letsOnlyTheCommunesOfficialsEnterValues() throws Exception {
        long target = firstTarget(adopted());
        String path = "/api/targets/" + target + "/actuals/2026";

        put(path, "{\"value\": 1}", null, PlanFixtures.councilMember(COMMUNE)).andExpect(status().isForbidden());
        put(path, "{\"value\": 1}", null, PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());
        put(path, "{\"value\": 1}", null, null).andExpect(status().isUnauthorized());
        put("/api/targets/999999999/actuals/2026", "{\"value\": 1}", null, officer).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy mục tiêu"));
        api.get("/api/targets/" + target + "/actuals", PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());
        assertThat(count("actual_value WHERE target_id = " + target)).isZero();
    }

    @Test
    void judgesEveryTargetOfAnAnnualPlanFromTheValuesEntered() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        JsonNode resolution = body(api.get("/api/resolutions/" + id, officer));
        long revenue = resolution.at("/indicators/0/targets/0/id").asLong();
        long grain = resolution.at("/indicators/1/targets/0/id").asLong();
        put("/api/targets/" + revenue + "/actuals/2026-H1", "{\"value\": 700}", null, officer).andExpect(status().isCreated());
        put("/api/targets/" + grain + "/actuals/2026", "{\"value\": 13700}", null, officer).andExpect(status().isCreated());

        JsonNode half = body(api.get("/api/resolutions/" + id + "/assessment?period=2026-H1", officer).andExpect(status().isOk()));
        JsonNode year = body(api.get("/api/resolutions/" + id + "/assessment?period=2026", officer, "Accept-Language", "en")
                .andExpect(status().isOk()));

        JsonNode revenueHalf = target(half, revenue);
        assertThat(revenueHalf.at("/assessment/attainment/percentOfPlan").decimalValue()).isEqualByComparingTo("53.6");
        assertThat(revenueHalf.at("/assessment/attainment/pace").asText()).isEqualTo("ON_TRACK");
        assertThat(revenueHalf.get("reason").asText()).startsWith("Lũy kế 6 tháng đầu năm 2026: 700, đạt 53,6% kế hoạch năm");
        JsonNode grainYear = target(year, grain);
        assertThat(grainYear.at("/assessment/attainment/status").asText()).isEqualTo("MET");
        assertThat(grainYear.at("/assessment/attainment/percentOfPlan").decimalValue()).isEqualByComparingTo("98.6");
        assertThat(grainYear.get("reason").asText()).isEqualTo("2026: 13,700, at the planned level of 13,900 (98.6% of plan).");
        assertThat(year.get("indicators").size()).isEqualTo(resolution.get("indicators").size());
        assertThat(year.get("summary").asText()).endsWith("indicators met or exceeded the plan, 0 of them exceeded.");
        api.get("/api/resolutions/" + id + "/assessment?period=2027", officer).andExpect(status().isUnprocessableEntity());
        api.get("/api/resolutions/" + id + "/assessment?period=2026", PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());
    }

    @Test
    void showsVisitorsTheApprovedValuesOfAPublishedResolutionOnly() throws Exception {
        long id = adopted();
        api.post("/api/resolutions/" + id + "/publish", leader).andExpect(status().isOk());
        long target = firstTarget(id);
        put("/api/targets/" + target + "/actuals/2026", "{\"value\": 41}", null, officer).andExpect(status().isCreated());
        put("/api/targets/" + target + "/actuals/2027", "{\"value\": 42}", null, officer).andExpect(status().isCreated());
        api.post("/api/resolutions/" + id + "/periods/2026/submit", officer).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/periods/2026/approve", leader).andExpect(status().isOk());

        JsonNode seen = body(api.get("/api/targets/" + target + "/actuals", null).andExpect(status().isOk()));

        assertThat(seen).extracting(v -> v.get("period").asText()).containsExactly("2026");
        assertThat(body(api.get("/api/targets/" + target + "/actuals", officer))).hasSize(2);
    }

    private static JsonNode target(JsonNode result, long id) {
        for (JsonNode t : result.get("targets")) {
            if (t.get("targetId").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("no target " + id + " in " + result);
    }

    private long adopted() throws Exception {
        return adoptedSeed(ResolutionApiCalls.SEED);
    }

    private long firstTarget(long resolutionId) throws Exception {
        return body(api.get("/api/resolutions/" + resolutionId, officer)).at("/indicators/0/targets/0/id").asLong();
    }

    private ResultActions put(String path, String json, String ifMatch, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.put(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return mvc.perform(actor == null ? request : request.with(Signed.as(actor)));
    }
}

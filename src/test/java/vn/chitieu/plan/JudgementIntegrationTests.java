package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;

/** How a target is judged (FLOW or STOCK, a change in points or percent), set by the commune's officials, and the assessment that follows. */
@IntegrationTest
@AutoConfigureMockMvc
class JudgementIntegrationTests extends ResolutionApiTest {

    @Test
    void anOfficerSaysRevenueIsALevelAndTheHalfYearIsJudgedAsOne() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        String path = "/api/targets/" + revenue + "/judgement";
        api.putJson("/api/targets/" + revenue + "/actuals/2026-H1", "{\"value\": 700}", officer).andExpect(status().isCreated());

        JsonNode guessed = body(api.get(path, officer).andExpect(status().isOk()));
        assertThat(guessed.hasNonNull("nature")).isFalse();
        assertThat(guessed.get("usedNature").asText()).isEqualTo("FLOW");
        assertThat(reason(id, revenue)).startsWith("Lũy kế 6 tháng đầu năm 2026");

        JsonNode set = body(api.putJson(path, "{\"nature\": \"stock\"}", officer).andExpect(status().isOk()));
        assertThat(set.get("nature").asText()).isEqualTo("STOCK");
        assertThat(set.get("usedNature").asText()).isEqualTo("STOCK");
        assertThat(reason(id, revenue)).doesNotContain("Lũy kế");
        JsonNode history = body(api.get("/api/audit?entity=target/" + revenue, officer));
        assertThat(history.get(history.size() - 1).at("/after/nature").asText()).isEqualTo("STOCK");

        api.putJson(path, "{\"nature\": \"cộng dồn\"}", officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("FLOW, STOCK")));
        api.putJson(path, "{\"nature\": \"FLOW\"}", PlanFixtures.councilMember(COMMUNE)).andExpect(status().isForbidden());
        api.putJson(path, "{\"nature\": \"FLOW\"}", PlanFixtures.officer(PlanFixtures.NEIGHBOUR)).andExpect(status().isNotFound());
        assertThat(body(api.get(path, officer)).get("nature").asText()).isEqualTo("STOCK");

        // the period page offers the choice to an officer, and sets it back to the guess
        String page = html(get("/resolutions/" + id + "/periods/2026-H1"), officer, 200);
        assertThat(page).contains("Cách đánh giá", "Tự nhận biết: Mức tại thời điểm", "value=\"STOCK\" selected");
        MvcResult back = mvc.perform(post("/resolutions/" + id + "/periods/2026-H1/targets/" + revenue + "/judgement").param("nature", "")
                .with(csrf()).with(PageVisitor.as(officer))).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/resolutions/" + id + "/periods/2026-H1?notice=judged#chart-" + revenue);
        assertThat(body(api.get(path, officer)).hasNonNull("nature")).isFalse();
        assertThat(reason(id, revenue)).startsWith("Lũy kế 6 tháng đầu năm 2026");
        assertThat(html(get("/resolutions/" + id + "/periods/2026-H1"), PlanFixtures.councilMember(COMMUNE), 200)).doesNotContain("Cách đánh giá");

        // once a report is sent, the rule it was judged by stays until the period is given back
        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", officer).andExpect(status().isOk());
        api.putJson(path, "{\"nature\": \"STOCK\"}", leader).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("2026-H1")));
        String refused = html(post("/resolutions/" + id + "/periods/2026-H1/targets/" + revenue + "/judgement").param("nature", "STOCK")
                .with(csrf()), officer, 422);
        assertThat(refused).contains("Chưa thực hiện được", "đã có báo cáo gửi hoặc đã duyệt");
        assertThat(body(api.get(path, officer)).hasNonNull("nature")).isFalse();
    }

    private String reason(long id, long target) throws Exception {
        for (JsonNode t : body(api.get("/api/resolutions/" + id + "/assessment?period=2026-H1", officer)).get("targets")) {
            if (t.get("targetId").asLong() == target) {
                return t.get("reason").asText();
            }
        }
        throw new AssertionError("no target " + target);
    }
}

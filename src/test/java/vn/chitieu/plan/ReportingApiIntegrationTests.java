package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
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

/** A period's report through the API: submit (with the plausibility check), approve, return, reopen, locks and who may do what. */
@IntegrationTest
@AutoConfigureMockMvc
class ReportingApiIntegrationTests extends ResolutionApiTest {

    @Test
    void takesAPeriodFromDraftToApprovedAndBackWithAReason() throws Exception {
        long id = adoptedAnnualPlan();
        long forest = targetWithSubject(id, "Tỷ lệ che phủ rừng");
        String value = "/api/targets/" + forest + "/actuals/2026-H1";
        String period = "/api/resolutions/" + id + "/periods/2026-H1";
        send("PUT", value, "{\"value\": 142}", null, officer).andExpect(status().isCreated());

        send("POST", period + "/submit", null, null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("142% nằm ngoài 0–100%")));
        send("PUT", value, "{\"value\": 42.1, \"note\": \"số liệu của hạt kiểm lâm\"}", "\"1\"", officer).andExpect(status().isOk());
        JsonNode submitted = body(send("POST", period + "/submit", null, null, officer).andExpect(status().isOk()));
        send("PUT", value, "{\"value\": 43}", "\"2\"", officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("đã gửi hoặc đã duyệt")));
        send("POST", period + "/approve", null, null, officer).andExpect(status().isForbidden());
        JsonNode approved = body(send("POST", period + "/approve", null, null, leader).andExpect(status().isOk()));
        send("POST", period + "/reopen", "{\"reason\": \" \"}", null, leader).andExpect(status().isUnprocessableEntity());
        JsonNode reopened = body(send("POST", period + "/reopen", "{\"reason\": \"Cục Thống kê điều chỉnh số liệu\"}", null, leader)
                .andExpect(status().isOk()));
        send("PUT", value, "{\"value\": 43, \"note\": \"số điều chỉnh\"}", "\"2\"", officer).andExpect(status().isOk());

        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("missing").size()).as("every other target of the plan still lacks a value").isPositive();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("changedBy").asText()).isEqualTo(leader.username());
        assertThat(reopened.get("status").asText()).isEqualTo("RETURNED");
        assertThat(reopened.get("reason").asText()).isEqualTo("Cục Thống kê điều chỉnh số liệu");
        JsonNode periods = body(api.get("/api/resolutions/" + id + "/periods", officer).andExpect(status().isOk()));
        assertThat(periods.findValuesAsText("period")).contains("2025", "2026-01", "2026-H1", "2026");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resolution_id = ? AND entity_type = 'report'").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void asksForANoteOnALargeChangeFromThePreviousPeriod() throws Exception {
        long id = adoptedAnnualPlan();
        long grain = targetWithSubject(id, "Tổng sản lượng lương thực");
        send("PUT", "/api/targets/" + grain + "/actuals/2025", "{\"value\": 13000}", null, officer).andExpect(status().isCreated());
        send("PUT", "/api/targets/" + grain + "/actuals/2026", "{\"value\": 21000}", null, officer).andExpect(status().isCreated());

        send("POST", "/api/resolutions/" + id + "/periods/2026/submit", null, null, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("hơn 50% so với kỳ trước (13.000)")));
    }

    @Test
    void letsNeitherCouncilMembersNorVisitorsMoveAPeriod() throws Exception {
        long id = adoptedAnnualPlan();
        String submit = "/api/resolutions/" + id + "/periods/2026/submit";

        send("POST", submit, null, null, PlanFixtures.councilMember(COMMUNE)).andExpect(status().isForbidden());
        send("POST", submit, null, null, null).andExpect(status().isUnauthorized());
        send("POST", submit, null, null, PlanFixtures.officer(PlanFixtures.NEIGHBOUR)).andExpect(status().isNotFound());
        send("POST", "/api/resolutions/" + id + "/periods/2026/approve", null, null, leader).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value("Kỳ 2026 đang ở trạng thái DRAFT nên không thực hiện được bước này."));
    }

    private long adoptedAnnualPlan() throws Exception {
        return adoptedSeed("004_f42de0dbd07577f5.txt");
    }

    private ResultActions send(String method, String path, String json, String ifMatch, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(path)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return mvc.perform(actor == null ? request : request.with(Signed.as(actor)));
    }
}

package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;

/** The monitoring pages: the plan's periods, a period judged target by target, and its workflow buttons. */
@IntegrationTest
@AutoConfigureMockMvc
class PeriodPagesIntegrationTests extends ResolutionApiTest {

    @Test
    void showsAPeriodJudgedTargetByTargetAndTakesItThroughTheWorkflow() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        mvc.perform(MockMvcRequestBuilders.put("/api/targets/" + revenue + "/actuals/2026-H1").with(csrf()).with(Signed.as(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 700, \"estimate\": true}")).andExpect(status().isCreated());

        assertThat(html(get("/resolutions/" + id), officer, 200)).contains("href=\"/resolutions/" + id + "/periods\"");
        assertThat(html(get("/resolutions/" + id + "/periods"), officer, 200)).contains("href=\"/resolutions/" + id + "/periods/2026-H1\"",
                "Đang nhập số liệu");
        String page = html(get("/resolutions/" + id + "/periods/2026-H1"), officer, 200);
        assertThat(page).contains("6 tháng đầu năm 2026", "700", ">ước<", "53,6 %", "Chưa đến hạn", "đúng tiến độ",
                "Lũy kế 6 tháng đầu năm 2026: 700, đạt 53,6% kế hoạch năm", "Gửi báo cáo").doesNotContain(">Duyệt<");
        // the dashboard: indicators counted by status in a bar, and the revenue's chart with its value in the page's data
        assertThat(page).containsPattern("\\d+ chỉ tiêu theo kết quả").contains("class=\"fill-PENDING\"", "Diễn biến từng chỉ tiêu",
                "id=\"chart-" + revenue + "\"", "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/js/charts.js");
        assertThat(page).containsPattern("data-chart=\"\\{&quot;unit&quot;:&quot;[^&]*&quot;,&quot;min&quot;:[0-9.]+,&quot;max&quot;:2027.0,"
                + "&quot;series&quot;:\\{&quot;actual&quot;:\\[\\{&quot;x&quot;:2026.5,&quot;y&quot;:700");
        mvc.perform(get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/charts.js")).andExpect(status().isOk());

        MvcResult sent = mvc.perform(post("/resolutions/" + id + "/periods/2026-H1/submit").with(csrf()).with(PageVisitor.as(officer)))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/resolutions/" + id + "/periods/2026-H1?notice=submitted");
        assertThat(html(get("/resolutions/" + id + "/periods/2026-H1"), leader, 200)).contains("Đã gửi, chờ duyệt", ">Duyệt<", "Trả lại");
        String refused = html(post("/resolutions/" + id + "/periods/2026-H1/return").param("reason", "   ").with(csrf()), leader, 422);
        assertThat(refused).contains("Hãy ghi lý do");
        assertThat(html(get("/resolutions/" + id + "/periods/2026-H1").param("lang", "en"), PlanFixtures.councilMember(COMMUNE), 200))
                .contains("First half of 2026", "Submitted, awaiting approval").doesNotContain("Submit the report", ">Approve<");
        html(get("/resolutions/" + id + "/periods/2031"), officer, 404);
        html(get("/resolutions/" + id + "/periods/2026-H1"), PlanFixtures.officer(PlanFixtures.NEIGHBOUR), 404);
    }

}

package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.PlanFixtures.PROVINCE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** Council members' and officials' comments on a resolution, through the API and the resolution page. */
@IntegrationTest
@AutoConfigureMockMvc
class CommentsIntegrationTests extends ResolutionApiTest {
    private final Actor councillor = PlanFixtures.councilMember(COMMUNE);

    @Test
    void keepsACouncilMembersCommentForTheCommuneToReadAndInTheHistory() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        JsonNode added = body(api.postJson("/api/resolutions/" + id + "/comments", "{\"body\": \"  Đề nghị làm rõ chỉ tiêu số 3.\\n\"}",
                councillor).andExpect(status().isCreated()));
        api.postJson("/api/resolutions/" + id + "/comments", "{\"body\": \"Đã bổ sung số liệu.\"}", officer).andExpect(status().isCreated());

        assertThat(added.get("body").asText()).isEqualTo("Đề nghị làm rõ chỉ tiêu số 3.");
        assertThat(added.get("author").asText()).isEqualTo(councillor.username());
        JsonNode listed = body(api.get("/api/resolutions/" + id + "/comments", PlanFixtures.provinceOfficer(PROVINCE)).andExpect(status().isOk()));
        assertThat(listed).extracting(c -> c.get("body").asText()).containsExactly("Đề nghị làm rõ chỉ tiêu số 3.", "Đã bổ sung số liệu.");
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(added.get("id").asLong());
        JsonNode history = body(api.get("/api/audit?entity=comment/" + added.get("id").asLong(), officer).andExpect(status().isOk()));
        assertThat(history).singleElement().satisfies(event -> {
            assertThat(event.get("action").asText()).isEqualTo("CREATE");
            assertThat(event.get("actor").asText()).isEqualTo(councillor.username());
            assertThat(event.at("/after/body").asText()).isEqualTo("Đề nghị làm rõ chỉ tiêu số 3.");
        });
        assertThat(html(get("/resolutions/" + id + "/history"), officer, 200)).contains("Góp ý", "Đề nghị làm rõ chỉ tiêu số 3.");
        String page = html(get("/resolutions/" + id), officer, 200);
        assertThat(page).contains("Ý kiến (2)", "Đề nghị làm rõ chỉ tiêu số 3.", "Đã bổ sung số liệu.", "name=\"body\"");
    }

    @Test
    void aCouncilMemberCommentsOnATargetInAPeriodAndItShowsOnThatPeriodsPage() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        String path = "/api/resolutions/" + id + "/comments";

        JsonNode added = body(api.postJson(path, "{\"body\": \"Số thu 6 tháng thấp, đề nghị giải trình.\", \"targetId\": " + revenue
                + ", \"period\": \"2026-H1\"}", councillor).andExpect(status().isCreated()));
        assertThat(added.get("targetId").asLong()).isEqualTo(revenue);
        assertThat(added.get("period").asText()).isEqualTo("2026-H1");
        api.postJson(path, "{\"body\": \"Ý kiến chung\"}", councillor).andExpect(status().isCreated());
        api.postJson(path, "{\"body\": \"Kỳ khác\", \"period\": \"2031\"}", councillor).andExpect(status().isUnprocessableEntity());
        api.postJson(path, "{\"body\": \"Mục tiêu lạ\", \"targetId\": 999999999}", councillor)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("không thuộc nghị quyết này")));

        assertThat(body(api.get(path + "?period=2026-H1", officer))).extracting(c -> c.get("body").asText())
                .containsExactly("Số thu 6 tháng thấp, đề nghị giải trình.");
        assertThat(body(api.get(path + "?targetId=" + revenue, officer))).hasSize(1);
        assertThat(body(api.get(path, officer))).hasSize(2);
        JsonNode history = body(api.get("/api/audit?entity=comment/" + added.get("id").asLong(), officer));
        assertThat(history.get(0).at("/after/period").asText()).isEqualTo("2026-H1");

        String page = html(get("/resolutions/" + id + "/periods/2026-H1"), officer, 200);
        assertThat(page).contains("Ý kiến về kỳ này (1)", "Số thu 6 tháng thấp, đề nghị giải trình.", "Về mục tiêu: 1. ")
                .doesNotContain("Ý kiến chung");
        MvcResult sent = mvc.perform(post("/resolutions/" + id + "/periods/2026-H1/comments").param("body", "Đã giải trình tại kỳ họp.")
                .param("targetId", String.valueOf(revenue)).with(csrf()).with(PageVisitor.as(officer))).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/resolutions/" + id + "/periods/2026-H1?notice=commented#comments");
        String refused = html(post("/resolutions/" + id + "/periods/2026-H1/comments").param("body", "   ")
                .param("targetId", String.valueOf(revenue)).with(csrf()), councillor, 422);
        assertThat(refused).contains("Hãy viết ý kiến", "Ý kiến về kỳ này (2)", "value=\"" + revenue + "\" selected");
    }

    @Test
    void refusesCommentsFromThoseWhoMayNotMakeThemAndKeepsNothing() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        String path = "/api/resolutions/" + id + "/comments";
        String comment = "{\"body\": \"Ý kiến\"}";

        api.postJson(path, comment, PlanFixtures.provinceOfficer(PROVINCE)).andExpect(status().isForbidden());
        api.postJson(path, comment, PlanFixtures.councilMember(NEIGHBOUR)).andExpect(status().isNotFound());
        api.postJson(path, comment, null).andExpect(status().isUnauthorized());
        api.get(path, null).andExpect(status().isUnauthorized());
        api.get(path, PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());

        assertThat(comments(id)).isZero();
        assertThat(html(get("/resolutions/" + id), PlanFixtures.provinceOfficer(PROVINCE), 200)).contains("Ý kiến (0)")
                .doesNotContain("name=\"body\"");
    }

    @Test
    void refusesAnEmptyOrOverlongCommentWithTheReasonAndSavesNothing() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        String path = "/api/resolutions/" + id + "/comments";
        String tooLong = "ý".repeat(Comments.MAX_LENGTH + 1);

        api.postJson(path, "{\"body\": \"   \"}", councillor).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].path").value("body"))
                .andExpect(jsonPath("$.problems[0].message").value("Hãy viết ý kiến trước khi gửi."));
        api.postJson(path, "{\"body\": \"" + tooLong + "\"}", councillor).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Ý kiến dài 4.001 ký tự, quá giới hạn 4.000 ký tự; hãy rút gọn hoặc chia thành nhiều ý kiến."));

        String page = html(post("/resolutions/" + id + "/comments").param("body", tooLong).with(csrf()), councillor, 422);
        assertThat(page).contains("Ý kiến dài 4.001 ký tự", ">" + tooLong + "</textarea>");
        assertThat(comments(id)).isZero();
    }

    @Test
    void sendsACommentFromThePageAndShowsItWithoutLettingMarkupThrough() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        MvcResult sent = mvc.perform(post("/resolutions/" + id + "/comments").param("body", "<script>alert(1)</script> Nhất trí.")
                .with(csrf()).with(PageVisitor.as(councillor)).locale(Locale.forLanguageTag("vi"))).andReturn();

        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/resolutions/" + id + "?notice=commented#comments");
        String page = html(get(sent.getResponse().getRedirectedUrl()), councillor, 200);
        assertThat(page).contains("Đã gửi ý kiến.", "&lt;script&gt;alert(1)&lt;/script&gt; Nhất trí.").doesNotContain("<script>alert(1)");
    }

    private long comments(long resolutionId) {
        return jdbc.sql("SELECT count(*) FROM resolution_comment WHERE resolution_id = ?").param(resolutionId).query(Long.class).single();
    }

}

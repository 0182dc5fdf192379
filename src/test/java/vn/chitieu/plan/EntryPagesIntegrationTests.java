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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** The data-entry grid: a row saved as it is left, Vietnamese numbers, refusals and conflicts answered with the row. */
@IntegrationTest
@AutoConfigureMockMvc
class EntryPagesIntegrationTests extends ResolutionApiTest {

    @Test
    void savesEachRowAsItIsLeftAndAnswersRefusalsAndConflictsWithTheRowKeepingWhatWasTyped() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        String row = "/resolutions/" + id + "/periods/2026-H1/entry/" + revenue;

        String grid = htmx(get("/resolutions/" + id + "/periods/2026-H1/entry"), officer, 200);
        assertThat(grid).contains("Nhập số liệu – 6 tháng đầu năm 2026", "id=\"entry-" + revenue + "\"", "hx-post=\"" + row + "\"", "name=\"value\"");

        String saved = htmx(post(row).param("value", "1.306,5").param("estimate", "true").param("version", "0"), officer, 200);
        assertThat(saved).contains("Đã lưu", "value=\"1.306,5\"", "name=\"version\" value=\"1\"").doesNotContain("<html");
        assertThat(storedValue(revenue)).isEqualTo("1306.5 v1");

        String refused = htmx(post(row).param("value", "một nghìn").param("version", "1"), officer, 422);
        assertThat(refused).contains("&quot;một nghìn&quot; không phải là số", "value=\"một nghìn\"");
        assertThat(storedValue(revenue)).isEqualTo("1306.5 v1");

        htmx(post(row).param("value", "700").param("version", "1"), leader, 200);
        String conflict = htmx(post(row).param("value", "650").param("version", "1"), officer, 409);
        assertThat(conflict).contains(leader.username() + " vừa lưu 700", "value=\"650\"", "name=\"version\" value=\"2\"");
        assertThat(storedValue(revenue)).isEqualTo("700 v2");
        htmx(post(row).param("value", "650").param("version", "2"), officer, 200);
        assertThat(storedValue(revenue)).isEqualTo("650 v3");

        Actor councillor = PlanFixtures.councilMember(COMMUNE);
        assertThat(htmx(get("/resolutions/" + id + "/periods/2026-H1/entry"), councillor, 200)).contains("chỉ xem được").doesNotContain("hx-post");
        htmx(post(row).param("value", "1").param("version", "3"), councillor, 403);
    }

    @Test
    void takesAMilestoneAsAchievedOnADayAndRefusesADayThatDoesNotExist() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long milestone = -1;
        for (com.fasterxml.jackson.databind.JsonNode indicator : body(api.get("/api/resolutions/" + id, officer)).get("indicators")) {
            for (com.fasterxml.jackson.databind.JsonNode target : indicator.get("targets")) {
                if (milestone < 0 && target.get("kind").asText().equals("MILESTONE")) {
                    milestone = target.get("id").asLong();
                }
            }
        }
        String row = "/resolutions/" + id + "/periods/2026/entry/" + milestone;

        String refused = htmx(post(row).param("achieved", "true").param("on", "31/02/2026").param("version", "0"), officer, 422);
        String saved = htmx(post(row).param("achieved", "true").param("on", "30/06/2026").param("version", "0"), officer, 200);

        assertThat(refused).contains("không phải là ngày", "value=\"31/02/2026\"");
        assertThat(saved).contains("Đã lưu", "value=\"30/06/2026\"", "checked");
        assertThat(jdbc.sql("SELECT achieved_on FROM actual_value WHERE target_id = ?").param(milestone).query(java.sql.Date.class).single())
                .hasToString("2026-06-30");
    }

    private String storedValue(long target) {
        return jdbc.sql("SELECT amount, version FROM actual_value WHERE target_id = ? AND period = '2026-H1'").param(target)
                .query((r, n) -> r.getBigDecimal(1).stripTrailingZeros().toPlainString() + " v" + r.getInt(2)).single();
    }

    /** The grid or a row as htmx asks for it. */
    private String htmx(MockHttpServletRequestBuilder request, Actor actor, int status) throws Exception {
        return html(request.with(csrf()).header("HX-Request", "true"), actor, status);
    }
}

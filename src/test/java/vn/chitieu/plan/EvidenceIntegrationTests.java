package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;

/** The evidence of a value: a file attached in the grid or through the API while the period is open, read back by those in scope. */
@IntegrationTest
@AutoConfigureMockMvc
class EvidenceIntegrationTests extends ResolutionApiTest {
    private static final byte[] PDF = "%PDF-1.4\n% biên bản kiểm tra số liệu\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void attachesAFileToAValueAndGivesItBackToThoseInScopeOnly() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        String path = "/api/targets/" + revenue + "/actuals/2026-H1/evidence";

        attach(path, "bien-ban.pdf", PDF, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("nhập số liệu")));
        JsonNode value = body(api.putJson("/api/targets/" + revenue + "/actuals/2026-H1", "{\"value\": 700}", officer)
                .andExpect(status().isCreated()));
        attach(path, "ghi-chu.txt", "chỉ là chữ".getBytes(StandardCharsets.UTF_8), officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("không phải PDF")));
        attach(path, "bien-ban.pdf", PDF, PlanFixtures.councilMember(COMMUNE)).andExpect(status().isForbidden());

        JsonNode kept = body(attach(path, "C:\\Tài liệu\\Biên bản.pdf", PDF, officer).andExpect(status().isOk()));
        assertThat(kept.get("name").asText()).isEqualTo("Biên bản.pdf");
        assertThat(kept.get("mediaType").asText()).isEqualTo("application/pdf");

        MvcResult download = api.get(path, PlanFixtures.councilMember(COMMUNE)).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;").contains("UTF-8''Bi%C3%AAn");
        api.get(path, PlanFixtures.officer(PlanFixtures.NEIGHBOUR)).andExpect(status().isNotFound());
        api.get(path, null).andExpect(status().isUnauthorized());
        api.get("/api/targets/" + revenue + "/actuals/2026-Q1/evidence", officer).andExpect(status().isNotFound());
        JsonNode history = body(api.get("/api/audit?entity=actual/" + value.get("id").asLong(), officer));
        assertThat(history.get(history.size() - 1).at("/after/evidence").asText()).isEqualTo("Biên bản.pdf");

        // the grid links to it and takes another file from its row; a submitted period takes none
        String grid = html(get("/resolutions/" + id + "/periods/2026-H1/entry"), officer, 200);
        assertThat(grid).contains("Biên bản.pdf", "/resolutions/" + id + "/periods/2026-H1/entry/" + revenue + "/evidence", "class=\"entry-file\"");
        String cell = html(multipart("/resolutions/" + id + "/periods/2026-H1/entry/" + revenue + "/evidence")
                .file(new MockMultipartFile("file", "anh-chup.png", "image/png", png())).with(csrf()), officer, 200);
        assertThat(cell).contains("class=\"entry-evidence\"", "anh-chup.png", "Đã đính kèm").doesNotContain("<html");
        assertThat(api.get(path, officer).andReturn().getResponse().getContentType()).isEqualTo("image/png");
        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", officer).andExpect(status().isOk());
        attach(path, "bien-ban.pdf", PDF, officer).andExpect(status().isUnprocessableEntity());
        assertThat(html(get("/resolutions/" + id + "/periods/2026-H1/entry"), officer, 200)).doesNotContain("class=\"entry-file\"");
    }

    private ResultActions attach(String path, String name, byte[] bytes, Actor actor) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(csrf()).with(Signed.as(actor)));
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    }
}

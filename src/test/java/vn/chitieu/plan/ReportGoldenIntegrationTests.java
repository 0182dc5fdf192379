package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * The whole text of seed 001's report for the second half of 2025, against a golden file: a change
 * to any sentence, number or heading shows in the diff. The day the report is made is the one
 * thing that moves, so it is written "DD/MM/YYYY" before comparing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ReportGoldenIntegrationTests extends ResolutionApiTest {
    private static final String KHOEN_ON = "03640";
    private static final Path GOLDEN = Path.of("src/test/resources/reporting/seed-001-2025-H2.txt");

    @Test
    void writesSeed001sHalfYearReportWordForWord() throws Exception {
        Actor officer = PlanFixtures.officer(KHOEN_ON);
        Actor leader = PlanFixtures.leader(KHOEN_ON);
        byte[] seed = ResolutionImportIntegrationTests.unique(vn.chitieu.document.TestDocuments.seed("001_01930460f18dce62.txt"));
        JsonNode draft = body(api.importFile("nq.txt", seed, KHOEN_ON, officer).andExpect(status().isCreated()));
        long id = draft.get("id").asLong();
        // forest cover has no unit in the text ("đạt 40,64"): the officer gives it, as the review asks
        ObjectNode forest = (ObjectNode) target(draft, "Tỷ lệ che phủ rừng");
        forest.put("unit", "%");
        api.put(id, "\"" + draft.get("version").asInt() + "\"", draft, officer).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/adopt", leader).andExpect(status().isOk());

        JsonNode adopted = body(api.get("/api/resolutions/" + id, officer));
        enter(adopted, "Thu ngân sách nhà nước", "{\"value\": 92.5, \"note\": \"Thu từ phí, lệ phí tăng\"}", officer);
        enter(adopted, "Tỷ lệ che phủ rừng", "{\"value\": 40.1}", officer);
        enter(adopted, "Số lượt khách du lịch", "{\"value\": 550}", officer);
        enter(adopted, "thể cân nặng", "{\"value\": 15.2, \"estimate\": true}", officer);
        api.post("/api/resolutions/" + id + "/periods/2025-H2/submit", officer).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/periods/2025-H2/approve", leader).andExpect(status().isOk());

        byte[] docx = api.get("/api/resolutions/" + id + "/report?period=2025-H2&format=docx", officer).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            text = undated(new XWPFWordExtractor(doc).getText());
        }
        if (!Files.exists(GOLDEN)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
            throw new AssertionError("no golden file yet: wrote " + GOLDEN + "; read it, and commit it if it is right");
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private void enter(JsonNode resolution, String subject, String json, Actor officer) throws Exception {
        long target = target(resolution, subject).get("id").asLong();
        api.putJson("/api/targets/" + target + "/actuals/2025-H2", json, officer).andExpect(status().isCreated());
    }

    private static JsonNode target(JsonNode resolution, String subject) {
        for (JsonNode indicator : resolution.get("indicators")) {
            for (JsonNode target : indicator.get("targets")) {
                if (target.get("subject").asText().contains(subject)) {
                    return target;
                }
            }
        }
        throw new AssertionError("no target about " + subject);
    }

    /** The report's day, which is today, as "DD/MM/YYYY" and "ngày DD tháng MM năm YYYY". */
    private static String undated(String text) {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        String spelled = "ngày " + today.format(DateTimeFormatter.ofPattern("dd")) + " tháng " + today.format(DateTimeFormatter.ofPattern("MM"))
                + " năm " + today.getYear();
        return text.replace(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), "DD/MM/YYYY")
                .replace(spelled, "ngày DD tháng MM năm YYYY");
    }
}

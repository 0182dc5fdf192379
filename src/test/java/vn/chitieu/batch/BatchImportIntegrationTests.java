package vn.chitieu.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.chitieu.IntegrationTest;
import vn.chitieu.batch.internal.BatchWork;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

@IntegrationTest
@AutoConfigureMockMvc
class BatchImportIntegrationTests {
    static final String CAO_BANG = "04";
    static final String DONG_KHE = "01786";
    static final String THACH_AN = "01807";
    static final String SEED_000 = "000_a52e04d6636138d8.txt";
    static final String SEED_001 = "001_01930460f18dce62.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BatchWork work;

    final Actor officer = new Actor(21, "so-tc-04", "Sở Tài chính", Role.PROVINCE_OFFICER, CAO_BANG);

    @Test
    void proposesTheCommunesConfirmsThemAndImportsEveryDocumentAsADraft() throws Exception {
        byte[] zip = zip(Map.of("dong-khe.txt", unique(seed(SEED_000)), "thach-an.txt", unique(thachAn()), "khoen-on.txt",
                unique(seed(SEED_001))));

        JsonNode batch = waitUntilDone(create(officer, file("mua-2025.zip", zip)).andExpect(status().isAccepted()));

        assertThat(batch.get("percent").asInt()).isEqualTo(100);
        JsonNode dongKhe = document(batch, "dong-khe.txt");
        JsonNode thachAn = document(batch, "thach-an.txt");
        JsonNode khoenOn = document(batch, "khoen-on.txt");
        assertThat(dongKhe.get("state").asText()).isEqualTo("PROPOSED");
        assertThat(dongKhe.get("proposedUnitCode").asText()).isEqualTo(DONG_KHE);
        assertThat(thachAn.get("proposedUnitCode").asText()).isEqualTo(THACH_AN);
        // Khoen On is a commune of Lai Châu: what the text says is shown, no commune of Cao Bằng is proposed
        assertThat(khoenOn.get("state").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(khoenOn.get("unitRead").asText()).contains("Khoen On");
        assertThat(khoenOn.has("proposedUnitCode")).isFalse();

        String other = jdbc.sql("SELECT code FROM admin_unit WHERE province_code = ? AND code NOT IN (?, ?) ORDER BY code LIMIT 1")
                .params(CAO_BANG, DONG_KHE, THACH_AN).query(String.class).single();
        long before = count("resolution");
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(dongKhe.get("id").asText(), DONG_KHE);
        choices.put(thachAn.get("id").asText(), THACH_AN);
        choices.put(khoenOn.get("id").asText(), other);
        batch = waitUntilDone(confirm(batch, choices, officer).andExpect(status().isAccepted()));

        assertThat(batch.get("percent").asInt()).isEqualTo(100);
        assertThat(batch.at("/counts/IMPORTED").asInt()).isEqualTo(3);
        assertThat(count("resolution")).isEqualTo(before + 3);
        for (JsonNode document : batch.get("documents")) {
            long resolution = document.get("resolutionId").asLong();
            assertThat(jdbc.sql("SELECT unit_code || ' ' || status FROM resolution WHERE id = ?").param(resolution).query(String.class).single())
                    .isEqualTo(document.get("unitCode").asText() + " DRAFT");
        }
        assertThat(document(batch, "khoen-on.txt").get("unitCode").asText()).isEqualTo(other);
    }

    @Test
    void refusesBrokenFilesAndZipBombsWithTheirReasonWhileTheOthersImport() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("dong-khe.txt", unique(seed(SEED_000)));
        entries.put("hong.docx", "PK\u0003\u0004 this is not really a Word file".getBytes(StandardCharsets.UTF_8));
        entries.put("bom.txt", new byte[5 * 1024 * 1024]);
        entries.put("nested.zip", zip(Map.of("a.txt", unique(seed(SEED_000)))));
        entries.put("__MACOSX/._dong-khe.txt", new byte[] {0, 5, 22, 7});

        JsonNode batch = waitUntilDone(create(officer, file("mua.zip", zip(entries))).andExpect(status().isAccepted()));

        assertThat(batch.get("documents")).hasSize(4);
        assertThat(document(batch, "hong.docx").get("state").asText()).isEqualTo("FAILED");
        assertThat(document(batch, "hong.docx").get("reason").asText()).contains("hong.docx").doesNotContain("Exception");
        assertThat(document(batch, "bom.txt").get("reason").asText()).contains("nén bất thường");
        assertThat(document(batch, "nested.zip").get("reason").asText()).contains("ZIP nằm trong tệp ZIP");
        JsonNode dongKhe = document(batch, "dong-khe.txt");
        assertThat(dongKhe.get("state").asText()).isEqualTo("PROPOSED");

        batch = waitUntilDone(confirm(batch, Map.of(dongKhe.get("id").asText(), DONG_KHE), officer));

        assertThat(document(batch, "dong-khe.txt").get("state").asText()).isEqualTo("IMPORTED");
        assertThat(batch.at("/counts/FAILED").asInt()).isEqualTo(3);
    }

    @Test
    void runningAnImportJobAgainAfterACrashMakesNoSecondResolution() throws Exception {
        JsonNode batch = waitUntilDone(create(officer, file("dong-khe.txt", unique(seed(SEED_000))), file("thach-an.txt", unique(thachAn()))));
        Map<String, String> choices = Map.of(document(batch, "dong-khe.txt").get("id").asText(), DONG_KHE,
                document(batch, "thach-an.txt").get("id").asText(), THACH_AN);
        batch = waitUntilDone(confirm(batch, choices, officer));
        long resolutions = count("resolution");
        long first = document(batch, "dong-khe.txt").get("id").asLong();
        long imported = document(batch, "dong-khe.txt").get("resolutionId").asLong();

        // the job picked again (its instance died before db-scheduler marked it done): the document is already imported
        for (JsonNode document : batch.get("documents")) {
            work.importDocument(document.get("id").asLong());
        }
        assertThat(count("resolution")).isEqualTo(resolutions);

        // even a document whose state were lost after its import is not imported twice: the same file of the same commune
        jdbc.sql("UPDATE batch_document SET state = 'QUEUED', resolution_id = NULL, content = ? WHERE id = ?")
                .params(jdbc.sql("SELECT s.content FROM source_file s JOIN resolution r ON r.source_file_id = s.id WHERE r.id = ?")
                        .param(imported).query(byte[].class).single(), first).update();
        work.importDocument(first);
        work.importDocument(first);

        assertThat(count("resolution")).isEqualTo(resolutions);
        JsonNode again = document(body(fetch(batch)), "dong-khe.txt");
        assertThat(again.get("state").asText()).isEqualTo("IMPORTED");
        assertThat(again.get("resolutionId").asLong()).isEqualTo(imported);
        assertThat(again.get("existing").asBoolean()).isTrue();
    }

    @Test
    void thePageListsTheCommunesToConfirmAndStopsPollingWhenTheWorkIsDone() throws Exception {
        JsonNode batch = waitUntilDone(create(officer, file("dong-khe.txt", unique(seed(SEED_000))), file("khoen-on.txt", unique(seed(SEED_001)))));
        String path = "/units/" + CAO_BANG + "/batch/" + batch.get("id").asLong();

        String html = page(path);

        assertThat(html).contains("Tìm thấy: xã Đông Khê").contains("Không tìm thấy xã trong tỉnh").contains("Văn bản ghi: xã Khoen On")
                .contains("name=\"unit." + document(batch, "khoen-on.txt").get("id").asLong() + "\"").contains("100 %")
                .doesNotContain("hx-trigger");
        String progress = page(path + "/progress?reading=true");
        assertThat(progress).contains("id=\"batch-progress\"").doesNotContain("<html");
    }

    @Test
    void noOneOutsideTheProvinceSeesOrMakesItsBatches() throws Exception {
        Actor commune = new Actor(22, "cb-01786", "Cán bộ xã", Role.COMMUNE_OFFICER, DONG_KHE);
        Actor otherProvince = new Actor(23, "so-01", "Sở Hà Nội", Role.PROVINCE_OFFICER, "01");
        JsonNode batch = waitUntilDone(create(officer, file("dong-khe.txt", unique(seed(SEED_000)))));

        create(commune, file("a.txt", unique(seed(SEED_000)))).andExpect(status().isNotFound());
        create(otherProvince, file("a.txt", unique(seed(SEED_000)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/provinces/04/batches/" + batch.get("id").asLong()).with(Signed.as(otherProvince))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/provinces/04/batches").with(csrf()).with(Signed.as(officer))).andExpect(status().isBadRequest());
        assertThat(page("/units/04/batch/link")).contains("href=\"/units/04/batch\"");
        mvc.perform(get("/units/04/batch/link").with(PageVisitor.as(commune))).andExpect(status().isNoContent());
        mvc.perform(get("/units/04/batch").with(PageVisitor.as(otherProvince))).andExpect(status().isNotFound());
    }

    private ResultActions create(Actor actor, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/provinces/" + CAO_BANG + "/batches");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(csrf()).with(Signed.as(actor)));
    }

    private ResultActions confirm(JsonNode batch, Map<String, String> choices, Actor actor) throws Exception {
        return mvc.perform(post("/api/provinces/" + CAO_BANG + "/batches/" + batch.get("id").asLong() + "/confirm").with(csrf())
                .with(Signed.as(actor)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("choices", choices))));
    }

    private ResultActions fetch(JsonNode batch) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/provinces/" + CAO_BANG + "/batches/" + batch.get("id").asLong()).with(Signed.as(officer)));
    }

    /** Follows the batch as its page does until the background jobs have nothing left (a minute at most). */
    private JsonNode waitUntilDone(ResultActions started) throws Exception {
        JsonNode batch = body(started);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (batch.get("working").asBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            batch = body(fetch(batch));
        }
        assertThat(batch.get("working").asBoolean()).as("the jobs finish: %s", batch).isFalse();
        return batch;
    }

    private String page(String path) throws Exception {
        var result = mvc.perform(get(path).with(PageVisitor.as(officer)).locale(Locale.forLanguageTag("vi"))).andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode document(JsonNode batch, String fileName) {
        for (JsonNode document : batch.get("documents")) {
            if (document.get("fileName").asText().equals(fileName)) {
                return document;
            }
        }
        throw new AssertionError("no document " + fileName + " in " + batch);
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static String seed(String name) {
        return TestDocuments.seed(name);
    }

    /** Seed 000 as the neighbouring commune of Cao Bằng, Thạch An, would have written it. */
    static String thachAn() {
        return seed(SEED_000).replace("Đông Khê", "Thạch An").replace("ĐÔNG KHÊ", "THẠCH AN");
    }

    /** A copy no one imported before. */
    static byte[] unique(String text) {
        return (text + "\n<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

}

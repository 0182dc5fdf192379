package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.SheetBuilder;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.FormFields;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;

/**
 * Importing a period's values from Excel on the data-entry page and through the API: a preview of
 * every row, then all the values written with their history, or none.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ActualsImportIntegrationTests extends ResolutionApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private long id;
    private long revenue;
    private long grain;
    private long forestCover;
    private long school;

    @BeforeEach
    void adoptTheAnnualPlan() throws Exception {
        id = adoptedSeed("004_f42de0dbd07577f5.txt");
        JsonNode resolution = body(api.get("/api/resolutions/" + id, officer));
        revenue = resolution.at("/indicators/0/targets/0/id").asLong();
        grain = resolution.at("/indicators/1/targets/0/id").asLong();
        forestCover = resolution.at("/indicators/2/targets/2/id").asLong();
        school = resolution.at("/indicators/6/targets/0/id").asLong();
        assertThat(resolution.at("/indicators/6/targets/0/kind").asText()).isEqualTo("MILESTONE");
    }

    @Test
    void previewsEveryRowThenWritesTheValuesOnConfirmationWithTheirHistory() throws Exception {
        long before = enter(grain, "13000", officer);

        String preview = page(multipart(entry("/import")).file(file(report())), officer, 200);

        assertThat(preview).contains("Tệp “so-lieu.xlsx”, trang tính “Biểu 01”: số liệu lấy ở cột “Ước thực hiện 6 tháng đầu năm” (dòng tiêu đề 3).",
                "Tiêu đề cột có chữ “ước”: mọi giá trị được ghi là số ước.",
                "Sẽ ghi 3 giá trị mới và thay 1 giá trị đang có; 0 giá trị không đổi; 1 dòng không nhập được; 0 dòng cần sửa.",
                "Chỉ tiêu 1: Thu ngân sách nhà nước trên địa bàn", "700 (ước)", "Ghi mới", "Thay giá trị đang có: 13.000",
                "42,5 (ước)", "đạt, ngày 30/06/2026",
                "Không nhập: không tìm thấy chỉ tiêu số 14 trong nghị quyết; dòng này không được nhập", "Ghi 4 giá trị");
        assertThat(count("actual_value WHERE resolution_id = " + id)).as("a preview saves nothing").isEqualTo(1);

        MultiValueMap<String, String> confirm = FormFields.of(preview, "import-confirm");
        MvcResult done = mvc.perform(post(entry("/import/confirm")).params(confirm).with(csrf()).with(PageVisitor.as(officer))
                .locale(Locale.forLanguageTag("vi"))).andExpect(status().isFound()).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(entry("?imported=4"));
        assertThat(stored(revenue)).isEqualTo("700 estimate v1 note=đạt 53,6% dự toán");
        assertThat(stored(grain)).isEqualTo("7100.5 estimate v2 note=gieo cấy vụ xuân");
        assertThat(stored(forestCover)).isEqualTo("42.5 estimate v1 note=null");
        assertThat(jdbc.sql("SELECT achieved, achieved_on, estimate FROM actual_value WHERE target_id = ?").param(school)
                .query((r, n) -> r.getBoolean(1) + " " + r.getDate(2) + " " + r.getBoolean(3)).single()).isEqualTo("true 2026-06-30 false");
        JsonNode history = body(api.get("/api/audit?entity=actual/" + before, officer).andExpect(status().isOk()));
        assertThat(history).extracting(e -> e.get("action").asText()).containsExactly("CREATE", "UPDATE");
        assertThat(history.get(1).at("/before/value").decimalValue()).isEqualByComparingTo("13000");
        assertThat(history.get(1).at("/after/value").decimalValue()).isEqualByComparingTo("7100.5");
        assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(entry("?imported=4")), officer, 200))
                .contains("Đã ghi 4 giá trị từ tệp Excel; mỗi thay đổi có trong lịch sử.");
    }

    @Test
    void importsThroughTheApiAfterADryRunThatListsEveryRow() throws Exception {
        ResultActions dryRun = upload(apiPath() + "?dryRun=true", report(), officer, "en").andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, Matchers.matchesPattern("\"[0-9a-f]{24}\"")));
        JsonNode preview = body(dryRun);
        String etag = dryRun.andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("ready").asBoolean()).isTrue();
        assertThat(preview.get("written").asInt()).isZero();
        assertThat(preview.get("rows")).extracting(r -> r.get("row").asInt() + " " + r.get("outcome").asText())
                .containsExactly("5 NEW", "6 NEW", "7 NEW", "9 NEW", "10 UNMATCHED");
        assertThat(preview.at("/rows/1/targetId").asLong()).isEqualTo(grain);
        assertThat(preview.at("/rows/1/value/value").decimalValue()).isEqualByComparingTo("7100.5");
        assertThat(preview.at("/rows/4/message").asText()).isEqualTo("Not imported: the resolution has no indicator 14; this row is not imported");
        assertThat(count("actual_value WHERE resolution_id = " + id)).isZero();

        JsonNode imported = body(upload(apiPath(), report(), officer, null, HttpHeaders.IF_MATCH, etag).andExpect(status().isOk()));

        assertThat(imported.get("written").asInt()).isEqualTo(4);
        assertThat(stored(grain)).isEqualTo("7100.5 estimate v1 note=gieo cấy vụ xuân");
        long kept = jdbc.sql("SELECT id FROM actual_value WHERE target_id = ?").param(revenue).query(Long.class).single();
        assertThat(body(api.get("/api/audit?entity=actual/" + kept, officer))).extracting(e -> e.get("action").asText() + " " + e.get("actor").asText())
                .containsExactly("CREATE " + officer.username());
        assertThat(body(upload(apiPath() + "?dryRun=true", report(), officer, null)).get("rows"))
                .extracting(r -> r.get("outcome").asText()).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED", "UNMATCHED");
    }

    @Test
    void savesNothingWhenARowHoldsAValueThatCannotBeKept() throws Exception {
        byte[] bad = table().row(1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.306", "700")
                .row(2, "Tổng sản lượng lương thực", "Tấn", "13.900", "12,,5").bytes();

        upload(apiPath(), bad, officer, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Không nhập được số liệu"))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].message").value("Dòng 3: không đọc được số “12,,5”: hãy viết như 1.306,5 hoặc 42%"));
        String preview = page(multipart(entry("/import")).file(file(bad)), officer, 200);
        assertThat(preview).contains("Cần sửa: không đọc được số “12,,5”", "Chưa thể ghi: có 1 dòng cần sửa.").doesNotContain("import-confirm");

        String refused = page(post(entry("/import/confirm"))
                .param("rows[0].row", "2").param("rows[0].target", String.valueOf(revenue)).param("rows[0].value", "700")
                .param("rows[0].version", "0")
                .param("rows[1].row", "3").param("rows[1].target", String.valueOf(grain)).param("rows[1].value", "7100.1234567")
                .param("rows[1].version", "0"), officer, 422);

        assertThat(refused).contains("Chưa lưu gì từ tệp Excel.", "Dòng 3: Giá trị thực hiện quá lớn hoặc quá nhiều chữ số thập phân (tối đa 6).");
        assertThat(count("actual_value WHERE resolution_id = " + id)).isZero();
        assertThat(count("audit_event WHERE entity_type = 'actual' AND resolution_id = " + id)).isZero();
    }

    @Test
    void refusesAPeriodThatWasSubmitted() throws Exception {
        enter(revenue, "650", officer);
        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", officer).andExpect(status().isOk());

        upload(apiPath(), report(), officer, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value("Kỳ 2026-H1 đã gửi hoặc đã duyệt nên không sửa được; cần lãnh đạo mở lại kỳ."));
        assertThat(page(multipart(entry("/import")).file(file(report())), officer, 422)).contains("Kỳ 2026-H1 đã gửi hoặc đã duyệt");
        assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(entry("")), officer, 200))
                .doesNotContain("id=\"import-file\"");
        assertThat(stored(revenue)).isEqualTo("650 v1 note=null");
    }

    @Test
    void failsTheConfirmationWhenAValueChangedAfterThePreview() throws Exception {
        String preview = page(multipart(entry("/import")).file(file(report())), officer, 200);
        enter(grain, "6900", leader);

        String conflict = page(post(entry("/import/confirm")).params(FormFields.of(preview, "import-confirm")), officer, 409);

        assertThat(conflict).contains("Dòng 6: " + leader.username() + " đã lưu 6.900 cho mục tiêu này sau khi bạn xem trước.",
                "Chưa lưu gì: hãy tải tệp lên lại để xem trước với số liệu mới nhất rồi ghi.");
        assertThat(count("actual_value WHERE resolution_id = " + id)).isEqualTo(1);
        assertThat(stored(grain)).isEqualTo("6900 v1 note=null");

        String etag = upload(apiPath() + "?dryRun=true", report(), officer, null).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        enter(revenue, "650", leader);
        upload(apiPath(), report(), officer, null, HttpHeaders.IF_MATCH, etag).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Số liệu đã thay đổi sau khi xem trước"));
        assertThat(count("actual_value WHERE resolution_id = " + id)).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotAnXlsxTableWithWhatToDo() throws Exception {
        upload(apiPath(), TestDocuments.pdf("Báo cáo kết quả"), officer, null, "file", "bao-cao.pdf").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Tệp “bao-cao.pdf” không phải bảng tính Excel (.xlsx)")));
        upload(apiPath(), new byte[0], officer, "en").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("The file “so-lieu.xlsx” is empty (0 bytes)")));
        upload(apiPath(), SheetBuilder.sheet("Ghi chép").row("Thu ngân sách", 700).bytes(), officer, null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Không tìm thấy dòng tiêu đề của bảng")));
        upload(apiPath(), new byte[21 * 1024 * 1024 - 4096], officer, null).andExpect(status().isPayloadTooLarge());
        String page = page(multipart(entry("/import")).file(new MockMultipartFile("file", "so-lieu.txt", "text/plain",
                "STT;Chỉ tiêu;Thực hiện".getBytes(StandardCharsets.UTF_8))), officer, 422);

        assertThat(page).contains("Tệp “so-lieu.txt” không phải bảng tính Excel (.xlsx)", "id=\"import-file\"");
        assertThat(count("actual_value WHERE resolution_id = " + id)).isZero();
    }

    @Test
    void letsOnlyTheCommunesOfficialsImport() throws Exception {
        upload(apiPath(), report(), PlanFixtures.councilMember(PlanFixtures.COMMUNE), null).andExpect(status().isForbidden());
        upload(apiPath(), report(), PlanFixtures.officer(PlanFixtures.NEIGHBOUR), null).andExpect(status().isNotFound());
        page(multipart(entry("/import")).file(file(report())), PlanFixtures.councilMember(PlanFixtures.COMMUNE), 403);
        assertThat(count("actual_value WHERE resolution_id = " + id)).isZero();
    }

    @Test
    void documentsTheImportInTheOpenApiDescription() throws Exception {
        JsonNode operation = body(api.get("/v3/api-docs", officer).andExpect(status().isOk()))
                .at("/paths/~1api~1resolutions~1{id}~1periods~1{period}~1actuals.xlsx/post");

        assertThat(operation.get("summary").asText()).startsWith("Import a period's values from an Excel table");
        assertThat(operation.get("description").asText()).contains("dryRun=true", "If-Match", "422");
        assertThat(operation.get("parameters")).extracting(p -> p.get("name").asText()).contains("id", "period", "dryRun", "If-Match");
        assertThat(operation.at("/requestBody/content/multipart~1form-data/schema/properties/file/format").asText()).isEqualTo("binary");
        assertThat(operation.get("responses").fieldNames()).toIterable().contains("200", "409", "413", "422");
    }

    /** The table as a commune keeps it: a title, the heading, parts numbered I, II with indicators numbered anew in each. */
    private static byte[] report() {
        return SheetBuilder.sheet("Biểu 01")
                .row("BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2026").merge("A1:F1")
                .skip(1)
                .row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Ước thực hiện 6 tháng đầu năm", "Ghi chú")
                .row("I", "KINH TẾ")
                .row(1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.306", "700", "đạt 53,6% dự toán")
                .row(2, "Tổng sản lượng lương thực", "Tấn", "13.900", "7.100,5", "gieo cấy vụ xuân")
                .row("3.3", "Tỷ lệ che phủ rừng", "%", "42%", SheetBuilder.percent(0.425))
                .row("II", "VĂN HÓA - XÃ HỘI")
                .row(1, "Xây dựng Trường Phổ thông nội trú liên cấp", "", "", "Hoàn thành 30/06/2026")
                .row(14, "Số trường đạt chuẩn quốc gia", "trường", 1, 1)
                .bytes();
    }

    private static SheetBuilder table() {
        return SheetBuilder.sheet("Biểu").row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện");
    }

    private String apiPath() {
        return "/api/resolutions/" + id + "/periods/2026-H1/actuals.xlsx";
    }

    private String entry(String rest) {
        return "/resolutions/" + id + "/periods/2026-H1/entry" + rest;
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "so-lieu.xlsx", XLSX, bytes);
    }

    /** An upload to the API; after the language, a header's name and value, or "file" and the file's name. */
    private ResultActions upload(String path, byte[] bytes, Actor actor, String language, String... extra) throws Exception {
        String fileName = extra.length == 2 && extra[0].equals("file") ? extra[1] : "so-lieu.xlsx";
        MockMultipartHttpServletRequestBuilder request = multipart(path).file(new MockMultipartFile("file", fileName, XLSX, bytes));
        request.with(csrf()).with(Signed.as(actor));
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        if (extra.length == 2 && !extra[0].equals("file")) {
            request.header(extra[0], extra[1]);
        }
        return mvc.perform(request);
    }

    private String page(MockHttpServletRequestBuilder request, Actor actor, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(csrf()).with(PageVisitor.as(actor)).locale(Locale.forLanguageTag("vi"))
                .accept(MediaType.TEXT_HTML)).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(html).isEqualTo(status);
        return html;
    }

    /** Enters a value through the grid's own service path (the API), answering the id of the value. */
    private long enter(long target, String value, Actor actor) throws Exception {
        Integer version = jdbc.sql("SELECT version FROM actual_value WHERE target_id = ? AND period = '2026-H1'").param(target)
                .query(Integer.class).optional().orElse(null);
        MockHttpServletRequestBuilder put = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/targets/" + target + "/actuals/2026-H1").with(csrf()).with(Signed.as(actor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": " + value + "}");
        if (version != null) {
            put.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
        }
        return body(mvc.perform(put).andExpect(status().is2xxSuccessful())).get("id").asLong();
    }

    private String stored(long target) {
        return jdbc.sql("SELECT amount, estimate, version, note FROM actual_value WHERE target_id = ? AND period = '2026-H1'").param(target)
                .query((r, n) -> r.getBigDecimal(1).stripTrailingZeros().toPlainString() + (r.getBoolean(2) ? " estimate" : "") + " v" + r.getInt(3)
                        + " note=" + r.getString(4)).single();
    }
}

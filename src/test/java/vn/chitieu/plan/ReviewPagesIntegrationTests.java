package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.plan.web.FormFields;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** The import, review, resolution and history pages, as a commune official uses them. */
@IntegrationTest
@AutoConfigureMockMvc
class ReviewPagesIntegrationTests {
    private static final String SEED_000 = "000_a52e04d6636138d8.txt";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    Resolutions resolutions;

    @Autowired
    JdbcClient jdbc;

    private final Actor officer = PlanFixtures.officer(COMMUNE);
    private final Actor leader = PlanFixtures.leader(COMMUNE);

    @BeforeEach
    void units() {
        PlanFixtures.units(jdbc);
    }

    @Test
    void importsAFileThroughThePageAndOpensItsReview() throws Exception {
        String review = upload(unique(TestDocuments.seed(SEED_000)), "Nghị quyết 32.txt").andReturn().getResponse().getRedirectedUrl();

        assertThat(review).matches("/resolutions/\\d+/review\\?notice=imported");
        String page = html(get(review), officer, 200);
        assertThat(page).contains("<mark", "class=\"rv-t\"", "id=\"src-t-", "Thu ngân sách trên địa bàn",
                "name=\"indicators[0].targets[0].value\"", "Đã đọc xong văn bản");
    }

    @Test
    void sendsTheSameFileAgainToTheResolutionAlreadyImported() throws Exception {
        byte[] bytes = unique(TestDocuments.seed(SEED_000));
        long id = imported(bytes);

        String again = upload(bytes, "lại.txt").andReturn().getResponse().getRedirectedUrl();

        assertThat(again).isEqualTo("/resolutions/" + id + "?notice=existing");
        assertThat(html(get(again), officer, 200)).contains("Tệp này đã được nhập");
    }

    @Test
    void showsWhyAFileCannotBeReadAndSavesNothing() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        long before = count("resolution");

        String page = upload(garbage, "rác.bin").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("rác.bin", "id=\"upload-error\"");
        assertThat(count("resolution")).isEqualTo(before);
    }

    @Test
    void savesAValueTypedTheVietnameseWay() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        Target before = firstTarget(id);
        assertThat(html(get("/resolutions/" + id), officer, 200)).doesNotContain("43,5");
        MultiValueMap<String, String> form = reviewForm(id, officer);
        form.set("indicators[0].targets[0].value", "43,5");

        String saved = send(id, form, "save", officer).andReturn().getResponse().getRedirectedUrl();

        assertThat(saved).isEqualTo("/resolutions/" + id + "/review?notice=saved");
        assertThat(firstTarget(id).value()).isEqualByComparingTo("43.5");
        assertThat(firstTarget(id).span()).isEqualTo(before.span());
        assertThat(firstTarget(id).rules()).isEqualTo(before.rules());
        assertThat(resolutions.history(id, Optional.of(officer))).filteredOn(e -> e.action() == AuditEvent.Action.UPDATE)
                .singleElement().satisfies(e -> assertThat(e.entityId()).isEqualTo(before.id()));
        assertThat(html(get("/resolutions/" + id + "/history"), officer, 200)).contains("Sửa mục tiêu", "43,5");
        assertThat(html(get("/resolutions/" + id), officer, 200)).as("the page of the new version, not the one shown before")
                .contains("43,5");
    }

    @Test
    void keepsWhatWasTypedWhenSomeoneElseSavedFirst() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        MultiValueMap<String, String> mine = reviewForm(id, officer);
        MultiValueMap<String, String> theirs = reviewForm(id, leader);
        theirs.set("indicators[0].targets[0].value", "12");
        send(id, theirs, "save", leader);
        mine.set("indicators[0].targets[0].value", "43,5");

        String page = send(id, mine, "save", officer).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Người khác đã lưu nghị quyết này", "value=\"43,5\"");
        assertThat(firstTarget(id).value()).isEqualByComparingTo("12");
    }

    @Test
    void showsWhyAResolutionCannotBeAdoptedAtTheField() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        MultiValueMap<String, String> form = reviewForm(id, leader);
        form.set("indicators[0].targets[0].unit", "");
        form.remove("indicators[0].targets[0].noUnit");

        String page = send(id, form, "adopt", leader).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"#f-indicators-0-targets-0-unit\"", "id=\"f-indicators-0-targets-0-unit-problem\"",
                "chưa có đơn vị tính");
        assertThat(resolutions.get(id, Optional.of(leader)).status()).isEqualTo(ResolutionStatus.DRAFT);
    }

    @Test
    void splitsATargetInPlaceKeepingWhatWasTyped() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        MultiValueMap<String, String> form = reviewForm(id, officer);
        form.set("indicators[0].targets[0].value", "9.999,5");
        int targets = firstIndicator(id).targets().size();

        String part = mvc.perform(post("/resolutions/" + id + "/review").params(form).param("action", "splitTarget:0:0")
                .header("HX-Request", "true").with(PageVisitor.as(officer)).with(csrf()).locale(VIETNAMESE))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(part.strip()).startsWith("<section id=\"indicators-section\"").contains("hx-swap-oob=\"true\"")
                .doesNotContain("<html", "review-form");
        assertThat(FormFields.named(part, "indicators[0].targets[0].value")).isEqualTo("9.999,5");
        assertThat(FormFields.named(part, "indicators[0].targets[1].value")).isEqualTo("9.999,5");
        assertThat(part).contains("name=\"indicators[0].targets[" + targets + "].value\"");
        assertThat(firstIndicator(id).targets()).hasSize(targets);
    }

    @Test
    void changesTheFormWithoutJavaScriptByShowingTheWholePageAgain() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        MultiValueMap<String, String> form = reviewForm(id, officer);
        int indicators = indicatorCount(id);

        String page = send(id, form, "addIndicator", officer).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<form id=\"review-form\"", "name=\"indicators[" + indicators + "].text\"", "autofocus");
    }

    @Test
    void showsThePagesOfAPdfAndServesTheOriginal() throws Exception {
        byte[] pdf = TestDocuments.pdf(TestDocuments.seed(SEED_000) + "\n" + System.nanoTime());
        String review = mvc.perform(multipart("/units/" + COMMUNE + "/import")
                        .file(new MockMultipartFile("file", "nghi-quyet.pdf", "application/pdf", pdf))
                        .with(PageVisitor.as(officer)).with(csrf()).locale(VIETNAMESE))
                .andReturn().getResponse().getRedirectedUrl();
        String base = review.substring(0, review.indexOf("/review"));

        assertThat(html(get(review), officer, 200)).contains(base + "/pages/1.png", base + "/source");
        MvcResult png = mvc.perform(get(base + "/pages/1.png").with(PageVisitor.as(officer))).andReturn();
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(png.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
        MvcResult source = mvc.perform(get(base + "/source").with(PageVisitor.as(officer))).andReturn();
        assertThat(source.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        html(get(base + "/pages/99.png"), officer, 404);
    }

    @Test
    void listsAUnitsResolutionsWithAWayToImportForThoseWhoEdit() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));

        assertThat(html(get("/units/" + COMMUNE + "/resolutions"), officer, 200))
                .contains("href=\"/resolutions/" + id + "\"", "href=\"/units/" + COMMUNE + "/import\"", "Dự thảo");
        assertThat(html(get("/units/" + COMMUNE + "/resolutions"), PlanFixtures.councilMember(COMMUNE), 200))
                .contains("href=\"/resolutions/" + id + "\"").doesNotContain("/import");
        assertThat(html(get("/units/" + COMMUNE + "/resolutions").header("HX-Request", "true"), officer, 200))
                .contains("href=\"/resolutions/" + id + "\"").doesNotContain("<html");
    }

    @Test
    void showsTheResolutionWithItsTargetsInWordsAndItsHistory() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));

        assertThat(html(get("/resolutions/" + id), officer, 200)).contains("tăng 10 %/năm", "Kinh tế", "Dự thảo", "Lưu trữ");
        ResolutionContent content = resolutions.get(id, Optional.of(officer)).content();
        String imported = content.indicators().size() + " chỉ tiêu, " + content.targetCount() + " mục tiêu, " + content.tasks().size() + " nhiệm vụ";
        assertThat(html(get("/resolutions/" + id + "/history"), officer, 200)).contains("Nhập nghị quyết", imported);
        assertThat(html(get("/resolutions/" + id), officer, 200)).contains("Nhập nghị quyết", imported);
    }

    @Test
    void answersNotFoundToAnotherCommunesOfficer() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000)));
        Actor stranger = PlanFixtures.officer(NEIGHBOUR);

        html(get("/resolutions/" + id + "/review"), stranger, 404);
        html(get("/resolutions/" + id), stranger, 404);
        html(get("/units/" + COMMUNE + "/import"), stranger, 404);
    }

    @Test
    void showsWhatADocumentSaysAsTextNeverAsMarkup() throws Exception {
        String seed = TestDocuments.seed(SEED_000).replace("(10) Tỷ lệ sử dụng", "(10) Tỷ lệ <script>alert(1)</script> sử dụng");
        long id = imported(unique(seed));

        for (String address : new String[] {"/resolutions/" + id + "/review", "/resolutions/" + id}) {
            assertThat(html(get(address), officer, 200)).doesNotContain("<script>alert(1)</script>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void showsTheExtractorsWarningsInThePagesLanguageAndKeepsThemAsWritten() throws Exception {
        long id = imported(unique(TestDocuments.seed(SEED_000).replace("Số: /NQ-HĐND", "Số: <b>/NQ-HĐND</b>")));
        String review = "/resolutions/" + id + "/review";

        assertThat(html(get(review), officer, 200)).contains("Số văn bản để trống: “Số: &lt;b&gt;/NQ-HĐND&lt;/b&gt;”.")
                .doesNotContain("<b>/NQ-HĐND", "document number is blank");
        MvcResult english = mvc.perform(get(review).param("lang", "en").with(PageVisitor.as(officer))).andReturn();
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("document number is blank: &#39;Số: &lt;b&gt;/NQ-HĐND&lt;/b&gt;&#39;");
        assertThat(resolutions.get(id, Optional.of(officer)).content().warnings())
                .contains("document number is blank: 'Số: <b>/NQ-HĐND</b>'");
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] bytes, String name) throws Exception {
        return mvc.perform(multipart("/units/" + COMMUNE + "/import").file(new MockMultipartFile("file", name, "text/plain", bytes))
                .with(PageVisitor.as(officer)).with(csrf()).locale(VIETNAMESE));
    }

    private org.springframework.test.web.servlet.ResultActions send(long id, MultiValueMap<String, String> form, String action,
            Actor actor) throws Exception {
        return mvc.perform(post("/resolutions/" + id + "/review").params(form).param("action", action).with(PageVisitor.as(actor))
                .with(csrf()).locale(VIETNAMESE));
    }

    private MultiValueMap<String, String> reviewForm(long id, Actor actor) throws Exception {
        MultiValueMap<String, String> form = FormFields.of(html(get("/resolutions/" + id + "/review"), actor, 200));
        form.remove("_csrf");
        return form;
    }

    private String html(MockHttpServletRequestBuilder request, Actor actor, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(PageVisitor.as(actor)).locale(VIETNAMESE)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long imported(byte[] bytes) throws Exception {
        return Long.parseLong(upload(bytes, "a.txt").andReturn().getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip()
                .split(" ")[0]);
    }

    private Target firstTarget(long id) {
        return firstIndicator(id).targets().get(0);
    }

    private Indicator firstIndicator(long id) {
        return resolutions.get(id, Optional.of(officer)).content().indicators().get(0);
    }

    private int indicatorCount(long id) {
        return resolutions.get(id, Optional.of(officer)).content().indicators().size();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static byte[] unique(String text) {
        return ResolutionImportIntegrationTests.unique(text);
    }
}

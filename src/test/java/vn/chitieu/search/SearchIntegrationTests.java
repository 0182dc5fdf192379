package vn.chitieu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * Search through the API and the page, on a database of its own (the property gives this class its
 * own application context): a published resolution and a draft of one commune, a draft of its
 * neighbour, all three about forest cover, imported as the officers do.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "chitieu.test.context=search")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {
    static final String COMMUNE = "01786";
    static final String NEIGHBOUR = "01807";
    static final String PROVINCE = "04";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final Actor officer = actor(11, Role.COMMUNE_OFFICER, COMMUNE);
    final Actor leader = actor(12, Role.COMMUNE_LEADER, COMMUNE);
    final Actor neighbourOfficer = actor(13, Role.COMMUNE_OFFICER, NEIGHBOUR);
    final Actor provinceOfficer = actor(14, Role.PROVINCE_OFFICER, PROVINCE);
    final Actor farOfficer = actor(15, Role.PROVINCE_OFFICER, "01");
    long published;
    long draft;
    long neighbourDraft;

    @BeforeAll
    void importResolutions() throws Exception {
        published = importSeed("000_a52e04d6636138d8.txt", officer);
        mvc.perform(post("/api/resolutions/" + published + "/adopt").with(csrf()).with(Signed.as(leader))).andExpect(status().isOk());
        mvc.perform(post("/api/resolutions/" + published + "/publish").with(csrf()).with(Signed.as(leader))).andExpect(status().isOk());
        draft = importSeed("001_01930460f18dce62.txt", officer);
        neighbourDraft = importSeed("003_e94f0ddc983817cf.txt", neighbourOfficer);
    }

    @Test
    void findsTheForestCoverTargetTypedWithoutDiacriticsWithItsWordsHighlighted() throws Exception {
        JsonNode found = search("che phu rung", null);

        JsonNode target = first(found, "TARGET", published);
        assertThat(target.get("snippet").asText()).containsIgnoringCase("che phủ rừng");
        assertThat(target.get("snippetHtml").asText()).contains("<mark>che</mark> <mark>phủ</mark> <mark>rừng</mark>");
        JsonNode highlight = target.get("highlights").get(0);
        assertThat(target.get("snippet").asText().substring(highlight.get("start").asInt(), highlight.get("end").asInt())).isEqualTo("che");
        assertThat(target.get("unit").get("code").asText()).isEqualTo(COMMUNE);
        assertThat(target.get("url").asText()).isEqualTo("/resolutions/" + published);
        assertThat(found.get("words")).extracting(JsonNode::asText).containsExactly("che", "phu", "rung");
    }

    @Test
    void findsTheSameTypedWithDiacriticsOrAsAPrefix() throws Exception {
        assertThat(resolutions(search("Che phủ RỪNG", null))).contains(published);
        assertThat(resolutions(search("che phu run", null))).contains(published);
        assertThat(resolutions(search("che phu ru", null))).doesNotContain(published);
    }

    @Test
    void showsAVisitorNoDraft() throws Exception {
        List<Long> found = resolutions(search("che phu rung", null));

        assertThat(found).contains(published).doesNotContain(draft, neighbourDraft);
    }

    @Test
    void showsACommuneOfficerTheirDraftsButNotTheNeighboursDrafts() throws Exception {
        assertThat(resolutions(search("che phu rung", officer))).contains(published, draft).doesNotContain(neighbourDraft);
        assertThat(resolutions(search("che phu rung", neighbourOfficer))).contains(published, neighbourDraft).doesNotContain(draft);
    }

    @Test
    void showsAProvinceOfficerEveryDraftOfTheProvinceAndNoneOfAnother() throws Exception {
        assertThat(resolutions(search("che phu rung", provinceOfficer))).contains(published, draft, neighbourDraft);
        assertThat(resolutions(search("che phu rung", farOfficer))).contains(published).doesNotContain(draft, neighbourDraft);
    }

    @Test
    void readsQueryTextThatLooksLikeSqlAsText() throws Exception {
        long resolutions = jdbc.sql("SELECT count(*) FROM resolution").query(Long.class).single();
        for (String query : List.of("'; drop table resolution; --", "%", "_", "rừng%", "r_ng", "\\", "' OR '1'='1")) {
            JsonNode found = search(query, provinceOfficer);
            for (JsonNode hit : found.get("results")) {
                assertThat(hit.get("snippet").asText().toLowerCase(Locale.ROOT)).as(query).doesNotContain("drop table");
            }
        }
        assertThat(search("%", null).get("results")).isEmpty();
        assertThat(search("_", null).get("results")).isEmpty();
        assertThat(resolutions(search("r_ng", provinceOfficer))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM resolution").query(Long.class).single()).isEqualTo(resolutions);
    }

    @Test
    void findsARowWrittenWithoutTheApplicationAsTheDataGeneratorWritesIt() throws Exception {
        jdbc.sql("INSERT INTO task (resolution_id, position, ref, title) VALUES (?, 99, 'x', 'Trồng mới rừng keo Phiêng Pằn')")
                .param(published).update();

        JsonNode task = first(search("phieng pan", null), "TASK", published);
        assertThat(task.get("snippetHtml").asText()).isEqualTo("Trồng mới rừng keo <mark>Phiêng</mark> <mark>Pằn</mark>");
    }

    @Test
    void saysWhatIsWrongWithABlankQueryOrALimitOutOfRange() throws Exception {
        assertThat(problem(" ", "20").get("detail").asText()).contains("tham số q");
        assertThat(problem("rung", "500").get("detail").asText()).isEqualTo("Tham số limit là 500, phải từ 1 đến 50.");
        assertThat(problem("rung", "0").get("detail").asText()).isEqualTo("Tham số limit là 0, phải từ 1 đến 50.");
        assertThat(problem("rung ".repeat(50), "20").get("detail").asText()).isEqualTo("Từ cần tìm dài 250 ký tự, quá 200 ký tự cho phép: hãy rút ngắn.");
    }

    @Test
    void putsThePersonsOwnPlansBeforeOtherUnitsPublishedOnes() throws Exception {
        JsonNode one = JSON.readTree(body(get("/api/search").param("q", "che phu rung").param("limit", "1"), neighbourOfficer, 200));
        assertThat(resolutions(one)).containsExactly(neighbourDraft);
        assertThat(one.get("more").asBoolean()).isTrue();
        List<Long> all = resolutions(search("che phu rung", neighbourOfficer));
        assertThat(all).contains(neighbourDraft, published);
        assertThat(all.indexOf(neighbourDraft)).isLessThan(all.indexOf(published));
        assertThat(all.subList(all.lastIndexOf(neighbourDraft), all.size())).doesNotContain(draft);
    }

    @Test
    void limitsTheResultsAndSaysWhenThereAreMore() throws Exception {
        JsonNode one = JSON.readTree(body(get("/api/search").param("q", "che phu rung").param("limit", "1"), provinceOfficer, 200));
        assertThat(one.get("results")).hasSize(1);
        assertThat(one.get("more").asBoolean()).isTrue();
    }

    @Test
    void showsThePageWithTheWordsMarkedAndTheQueryEscaped() throws Exception {
        String html = page("che phu rung", null);
        assertThat(html).contains("<mark>che</mark> <mark>phủ</mark> <mark>rừng</mark>").contains("Mục tiêu")
                .contains("href=\"/resolutions/" + published + "\"").doesNotContain("/resolutions/" + draft + "\"");

        String hostile = page("<script>alert(1)</script>", null);
        assertThat(hostile).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page("x".repeat(300), officer)).contains("quá 200 ký tự");
        assertThat(page("%", null)).contains("Không tìm thấy gì");
        assertThat(body(get("/").locale(Locale.forLanguageTag("vi")), null, 200)).contains("action=\"/search\"");
    }

    private long importSeed(String seed, Actor actor) throws Exception {
        byte[] bytes = (TestDocuments.seed(seed) + "\n<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
        MvcResult result = mvc.perform(multipart("/api/resolutions").file(new MockMultipartFile("file", "nq.txt", "text/plain", bytes))
                .param("unitCode", actor.unitCode()).with(csrf()).with(Signed.as(actor))).andExpect(status().isCreated()).andReturn();
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
    }

    private JsonNode search(String q, Actor actor) throws Exception {
        return JSON.readTree(body(get("/api/search").param("q", q).param("limit", "50"), actor, 200));
    }

    private JsonNode problem(String q, String limit) throws Exception {
        return JSON.readTree(body(get("/api/search").param("q", q).param("limit", limit).header("Accept-Language", "vi"), null, 400));
    }

    private String body(MockHttpServletRequestBuilder request, Actor actor, int status) throws Exception {
        MvcResult result = mvc.perform(actor == null ? request : request.with(Signed.as(actor))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return body;
    }

    /** The search page for the query, as the actor (null: a visitor) sees it in Vietnamese. */
    private String page(String q, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = get("/search").param("q", q).locale(Locale.forLanguageTag("vi"));
        return body(actor == null ? request : request.with(PageVisitor.as(actor)), null, 200);
    }

    private static List<Long> resolutions(JsonNode found) {
        List<Long> ids = new ArrayList<>();
        found.get("results").forEach(hit -> ids.add(hit.get("resolutionId").asLong()));
        return ids;
    }

    private static JsonNode first(JsonNode found, String kind, long resolutionId) {
        for (JsonNode hit : found.get("results")) {
            if (hit.get("kind").asText().equals(kind) && hit.get("resolutionId").asLong() == resolutionId) {
                return hit;
            }
        }
        throw new AssertionError("no " + kind + " of resolution " + resolutionId + " in " + found.toPrettyString());
    }

    private static Actor actor(long id, Role role, String unit) {
        return new Actor(id, role.name().toLowerCase(Locale.ROOT) + "-" + unit, "Người " + unit, role, unit);
    }
}

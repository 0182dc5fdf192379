package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import vn.chitieu.IntegrationTest;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/** The indicator catalogue: the public list, the administrator's pages, and each target's indicator through the API and the review page. */
@IntegrationTest
@AutoConfigureMockMvc
class CatalogIntegrationTests extends ResolutionApiTest {
    private static final String FOREST_SUBJECT = "Tỷ lệ độ che phủ rừng";
    private final Actor admin = new Actor(1, "admin", "Quản trị", Role.ADMIN, null);

    @Autowired
    CatalogMappings mappings;

    @Autowired
    Catalog catalog;

    @Test
    void servesTheCatalogueWithoutSignIn() throws Exception {
        JsonNode all = body(api.get("/api/catalog", null).andExpect(status().isOk()));
        assertThat(all.size()).isGreaterThanOrEqualTo(40);
        JsonNode forest = StreamSupport.stream(all.spliterator(), false).filter(i -> i.get("code").asText().equals("RUNG-CHE-PHU"))
                .findFirst().orElseThrow();
        assertThat(forest.get("unit").asText()).isEqualTo("%");
        assertThat(forest.get("nature").asText()).isEqualTo("STOCK");
        assertThat(forest.get("synonyms").toString()).contains("độ che phủ rừng");
        assertThat(catalog.loadShipped()).as("loading again adds nothing").isZero();
    }

    @Test
    void proposesIndicatorsOnImportAndLetsTheCommunesOfficialChoose() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        JsonNode forest = mappingOf(id, FOREST_SUBJECT);
        assertThat(forest.get("code").asText()).isEqualTo("RUNG-CHE-PHU");
        assertThat(forest.get("confidence").asDouble()).isBetween(0.6, 1.0);
        assertThat(forest.get("confirmed").asBoolean()).isFalse();
        long target = forest.get("targetId").asLong();
        assertThat(mappings.mapped("RUNG-CHE-PHU", List.of(id))).containsExactly(target);

        api.putJson("/api/targets/" + target + "/mapping", "{\"code\": \"NUOC-SACH\"}", officer).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("NUOC-SACH")).andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.confirmedBy").value(officer.username()));
        assertThat(mappings.mapped("RUNG-CHE-PHU", List.of(id))).isEmpty();
        assertThat(mappings.mapped("NUOC-SACH", List.of(id))).contains(target);

        api.putJson("/api/targets/" + target + "/mapping", "{\"code\": null}", officer).andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true)).andExpect(jsonPath("$.code").doesNotExist());
        assertThat(mappings.mapped("NUOC-SACH", List.of(id))).doesNotContain(target);

        JsonNode history = body(api.get("/api/audit?entity=target/" + target, officer).andExpect(status().isOk()));
        assertThat(history.toString()).contains("NUOC-SACH").contains("catalogCode");
    }

    @Test
    void refusesAnUnknownCodeAndPeopleOutsideTheCommune() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        long target = mappingOf(id, FOREST_SUBJECT).get("targetId").asLong();
        String path = "/api/targets/" + target + "/mapping";

        api.putJson(path, "{\"code\": \"KHONG-CO\"}", officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("KHONG-CO")));
        api.putJson(path, "{\"code\": \"RUNG-CHE-PHU\"}", PlanFixtures.councilMember(COMMUNE)).andExpect(status().isForbidden());
        api.putJson(path, "{\"code\": \"RUNG-CHE-PHU\"}", PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());
        api.get("/api/resolutions/" + id + "/mapping", PlanFixtures.officer(NEIGHBOUR)).andExpect(status().isNotFound());
        api.get("/api/resolutions/" + id + "/mapping", null).andExpect(status().isNotFound());
    }

    @Test
    void followsANewSubjectUnlessAnOfficialChose() throws Exception {
        JsonNode draft = api.importSeed(officer);
        long id = draft.get("id").asLong();
        long forestTarget = mappingOf(id, FOREST_SUBJECT).get("targetId").asLong();
        api.putJson("/api/targets/" + forestTarget + "/mapping", "{\"code\": \"RUNG-CHE-PHU\"}", officer).andExpect(status().isOk());

        ObjectNode first = (ObjectNode) draft.at("/indicators/0/targets/0");
        first.put("subject", "Tỷ lệ hộ nghèo đa chiều");
        first.put("unit", "%");
        first.put("kind", "LEVEL");
        setSubject(draft, FOREST_SUBJECT, "Tỷ lệ hộ nghèo");
        api.put(id, "\"" + draft.get("version").asInt() + "\"", draft, officer).andExpect(status().isOk());

        assertThat(mappingOf(id, "Tỷ lệ hộ nghèo đa chiều").get("code").asText()).isEqualTo("HO-NGHEO-TY-LE");
        assertThat(mappingOf(id, "Tỷ lệ hộ nghèo").get("code").asText()).as("confirmed, it stays").isEqualTo("RUNG-CHE-PHU");
    }

    @Test
    void showsEachTargetsIndicatorOnTheReviewPageAndTakesTheOfficialsChoice() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();
        long target = mappingOf(id, FOREST_SUBJECT).get("targetId").asLong();

        String page = html(get("/resolutions/" + id + "/review"), officer, 200);
        assertThat(page).contains("Đối chiếu với danh mục chỉ tiêu chuẩn").contains("id=\"mapping-" + target + "\"")
                .contains("Đề xuất: Tỷ lệ che phủ rừng (RUNG-CHE-PHU), độ tin cậy");

        mvc.perform(post("/resolutions/" + id + "/mapping/" + target).param("code", "").with(csrf()).with(PageVisitor.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/resolutions/" + id + "/review#mapping-" + target));
        assertThat(html(get("/resolutions/" + id + "/review"), officer, 200))
                .contains("Đã xác nhận không thuộc chỉ tiêu chuẩn nào, bởi " + officer.username());
        mvc.perform(post("/resolutions/" + id + "/mapping/" + target).param("code", "RUNG-CHE-PHU").with(csrf())
                .with(PageVisitor.as(PlanFixtures.officer(NEIGHBOUR)))).andExpect(status().isNotFound());
    }

    @Test
    void letsOnlyAnAdministratorAddAndEditIndicators() throws Exception {
        assertThat(html(get("/admin/catalog"), admin, 200)).contains("RUNG-CHE-PHU").contains("Tỷ lệ che phủ rừng");
        mvc.perform(get("/admin/catalog").with(PageVisitor.as(officer))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/catalog").with(csrf()).with(PageVisitor.as(admin)).param("code", "cay-xanh-do-thi")
                        .param("nameVi", "Số cây xanh đô thị trồng mới").param("nameEn", "Urban trees planted").param("unit", "cây")
                        .param("direction", "UP").param("nature", "FLOW").param("source", "recurring in resolutions")
                        .param("synonyms", "cây xanh đô thị trồng mới\ntrồng mới cây xanh").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.find("CAY-XANH-DO-THI")).get().satisfies(i -> assertThat(i.synonyms()).hasSize(2));

        mvc.perform(post("/admin/catalog/CAY-XANH-DO-THI").with(csrf()).with(PageVisitor.as(admin))
                        .param("nameVi", "Số cây xanh trồng mới").param("nameEn", "Trees planted").param("unit", "cây")
                        .param("direction", "UP").param("nature", "FLOW").param("source", "recurring in resolutions").param("synonyms", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.find("CAY-XANH-DO-THI")).get().satisfies(i -> {
            assertThat(i.nameVi()).isEqualTo("Số cây xanh trồng mới");
            assertThat(i.active()).isFalse();
            assertThat(i.synonyms()).isEmpty();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'catalog' AND after_json LIKE '%CAY-XANH-DO-THI%'")
                .query(Long.class).single()).isEqualTo(2);

        String refused = new String(mvc.perform(post("/admin/catalog").with(csrf()).with(PageVisitor.as(admin)).param("code", "Sai mã!")
                        .param("nameVi", "").param("nameEn", "x").param("direction", "UP").param("nature", "FLOW").param("source", "x")
                        .locale(Locale.forLanguageTag("vi")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("Mã &quot;SAI MÃ!&quot; không hợp lệ").contains("Chưa điền &quot;Tên tiếng Việt&quot;");
    }

    private JsonNode mappingOf(long id, String subject) throws Exception {
        JsonNode all = body(api.get("/api/resolutions/" + id + "/mapping", officer).andExpect(status().isOk()));
        return StreamSupport.stream(all.spliterator(), false).filter(m -> m.get("subject").asText().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " not in " + all));
    }

    private static void setSubject(JsonNode resolution, String from, String to) {
        resolution.get("indicators").forEach(i -> i.get("targets").forEach(t -> {
            if (t.get("subject").asText().equals(from)) {
                ((ObjectNode) t).put("subject", to);
            }
        }));
    }
}

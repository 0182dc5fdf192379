package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;

/** A province's communes side by side on forest cover, from seed 000 imported for two communes of Cao Bằng. */
@IntegrationTest
@AutoConfigureMockMvc
class ComparisonIntegrationTests extends ResolutionApiTest {
    private static final String FOREST = "RUNG-CHE-PHU";

    @org.springframework.beans.factory.annotation.Autowired
    vn.chitieu.catalog.CatalogMappings mappings;

    @Test
    void comparesTheCommunesOfAProvinceOnForestCover() throws Exception {
        long dongKhe = adopted(PlanFixtures.COMMUNE, "70.1");
        long thachAn = adopted(PlanFixtures.NEIGHBOUR, "73");
        Actor province = PlanFixtures.provinceOfficer(PlanFixtures.PROVINCE);
        String path = "/api/compare?province=" + PlanFixtures.PROVINCE + "&indicator=" + FOREST + "&period=2026";

        JsonNode comparison = body(api.get(path, province).andExpect(status().isOk()));
        Map<String, JsonNode> rows = new HashMap<>();
        comparison.get("rows").forEach(r -> {
            if (r.hasNonNull("resolutionId")) {
                rows.put(r.get("unitCode").asText(), r);
            }
        });
        assertThat(rows).containsOnlyKeys(PlanFixtures.COMMUNE, PlanFixtures.NEIGHBOUR);
        assertThat(rows.get(PlanFixtures.COMMUNE).get("resolutionId").asLong()).isEqualTo(dongKhe);
        assertThat(rows.get(PlanFixtures.COMMUNE).get("latest").decimalValue()).isEqualByComparingTo("70.1");
        assertThat(rows.get(PlanFixtures.COMMUNE).get("status").asText()).isEqualTo("NOT_MET");
        assertThat(rows.get(PlanFixtures.COMMUNE).get("target").asText()).contains("72");
        assertThat(rows.get(PlanFixtures.NEIGHBOUR).get("resolutionId").asLong()).isEqualTo(thachAn);
        assertThat(rows.get(PlanFixtures.NEIGHBOUR).get("status").asText()).isIn("MET", "EXCEEDED");
        assertThat(comparison.at("/summary/withIndicator").asInt()).isEqualTo(2);
        assertThat(comparison.get("indicatorName").asText()).isEqualTo("Tỷ lệ che phủ rừng");

        // the page: table, chart, sort by value, filter by status, downloads
        String page = html(get("/units/" + PlanFixtures.PROVINCE + "/compare?indicator=" + FOREST + "&period=2026&sort=value"), province, 200);
        assertThat(page).contains("xã Đông Khê", "xã Thạch An", "70,1", "Không đạt", "rv-compare-chart");
        assertThat(page.indexOf("xã Thạch An")).as("sorted by value, highest first").isLessThan(page.indexOf("xã Đông Khê"));
        String notMet = html(get("/units/" + PlanFixtures.PROVINCE + "/compare?indicator=" + FOREST + "&period=2026&status=NOT_MET"),
                province, 200);
        assertThat(notMet).contains("xã Đông Khê").doesNotContain(">xã Thạch An<");
        MvcResult csv = mvc.perform(get("/units/" + PlanFixtures.PROVINCE + "/compare.csv?indicator=" + FOREST + "&period=2026")
                .with(PageVisitor.as(province))).andReturn();
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\"" + PlanFixtures.COMMUNE + "\",\"xã Đông Khê\"", ",70.1,");
        MvcResult xlsx = mvc.perform(get("/units/" + PlanFixtures.PROVINCE + "/compare.xlsx?indicator=" + FOREST + "&period=2026")
                .with(PageVisitor.as(province))).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isIn("xã Đông Khê", "xã Thạch An");
            assertThat(book.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
        }

        // a commune's officer sees their own values and the neighbour's only once published; visitors the published only
        Actor officer = PlanFixtures.officer(PlanFixtures.COMMUNE);
        JsonNode own = body(api.get(path, officer).andExpect(status().isOk()));
        assertThat(own.at("/summary/withIndicator").asInt()).isEqualTo(1);
        api.get(path, null).andExpect(status().isUnauthorized());
        assertThat(html(get("/units/" + PlanFixtures.PROVINCE + "/compare?indicator=" + FOREST + "&period=2026"), null, 200))
                .doesNotContain("70,1");
        api.get(path.replace(FOREST, "KHONG-CO"), province).andExpect(status().isUnprocessableEntity());
        html(get("/units/" + PlanFixtures.PROVINCE + "/compare?indicator=" + FOREST + "&period=2026-X1"), province, 404);

        // once Thạch An publishes and sends its report, Đông Khê's officer sees its plan, but neither the value nor the
        // report's state until they are approved
        api.post("/api/resolutions/" + thachAn + "/publish", PlanFixtures.leader(PlanFixtures.NEIGHBOUR)).andExpect(status().isOk());
        api.post("/api/resolutions/" + thachAn + "/periods/2026/submit", PlanFixtures.officer(PlanFixtures.NEIGHBOUR))
                .andExpect(status().isOk());
        JsonNode neighbour = row(body(api.get(path, officer).andExpect(status().isOk())), PlanFixtures.NEIGHBOUR);
        assertThat(neighbour.get("resolutionId").asLong()).isEqualTo(thachAn);
        assertThat(neighbour.hasNonNull("latest")).isFalse();
        assertThat(neighbour.hasNonNull("reportStatus")).isFalse();
        assertThat(row(body(api.get(path, province)), PlanFixtures.NEIGHBOUR).get("reportStatus").asText()).isEqualTo("SUBMITTED");
        api.post("/api/resolutions/" + thachAn + "/periods/2026/approve", PlanFixtures.leader(PlanFixtures.NEIGHBOUR))
                .andExpect(status().isOk());
        neighbour = row(body(api.get(path, officer)), PlanFixtures.NEIGHBOUR);
        assertThat(neighbour.get("latest").decimalValue()).isEqualByComparingTo("73");
        assertThat(neighbour.get("reportStatus").asText()).isEqualTo("APPROVED");

        // plans written without proposals (by another program) get theirs, on either database
        jdbc.sql("DELETE FROM target_mapping WHERE target_id IN (SELECT t.id FROM target t JOIN indicator i ON i.id = t.indicator_id"
                + " WHERE i.resolution_id = ?)").param(thachAn).update();
        assertThat(mappings.proposeMissing(PlanFixtures.PROVINCE)).isPositive();
        assertThat(mappings.proposeMissing(PlanFixtures.PROVINCE)).isZero();
        assertThat(body(api.get(path, province)).at("/summary/withIndicator").asInt()).isEqualTo(2);
        api.get(path.replace("province=" + PlanFixtures.PROVINCE, "province=" + PlanFixtures.COMMUNE), province)
                .andExpect(status().isNotFound());
    }

    private static JsonNode row(JsonNode comparison, String unitCode) {
        for (JsonNode r : comparison.get("rows")) {
            if (r.get("unitCode").asText().equals(unitCode)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + unitCode);
    }

    /** Seed 000 imported and adopted for a commune, its forest cover entered for 2026; answers the resolution's id. */
    private long adopted(String commune, String forest) throws Exception {
        Actor officer = PlanFixtures.officer(commune);
        byte[] bytes = ResolutionImportIntegrationTests.unique(vn.chitieu.document.TestDocuments.seed("000_a52e04d6636138d8.txt"));
        long id = body(api.importFile("nq.txt", bytes, commune, officer).andExpect(status().isCreated())).get("id").asLong();
        api.post("/api/resolutions/" + id + "/adopt", PlanFixtures.leader(commune)).andExpect(status().isOk());
        JsonNode resolution = body(api.get("/api/resolutions/" + id, officer));
        for (JsonNode indicator : resolution.get("indicators")) {
            for (JsonNode target : indicator.get("targets")) {
                if (target.get("subject").asText().contains("che phủ rừng")) {
                    api.putJson("/api/targets/" + target.get("id").asLong() + "/actuals/2026", "{\"value\": " + forest + "}", officer)
                            .andExpect(status().isCreated());
                    return id;
                }
            }
        }
        throw new AssertionError("seed 000 has no forest cover target");
    }
}

package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.Actor;

/**
 * The public site as a citizen meets it, without signing in: a published resolution's page shows
 * its approved result and nothing that is not approved or not published, may be cached, and its
 * open data holds exactly its rows. The commune is one no other test publishes in, so the
 * commune's lists and downloads hold only what this test made.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicSiteIntegrationTests extends ResolutionApiTest {
    /** phường Phú Xuân, Huế; each test publishes in a commune of its own */
    private static final String COMMUNE = "19753";
    private static final String CACHED_COMMUNE = "19774";
    private static final String INDEXED_COMMUNE = "19777";
    private static final String ANNUAL_PLAN = "004_f42de0dbd07577f5.txt";
    private static final String NOTE = "Ghi chú nội bộ của cán bộ";

    private final Actor communeOfficer = PlanFixtures.officer(COMMUNE);
    private final Actor communeLeader = PlanFixtures.leader(COMMUNE);

    @Test
    void showsOnlyApprovedResultsOfPublishedResolutionsAndTheSameAsOpenData() throws Exception {
        long id = adoptedSeed(ANNUAL_PLAN, COMMUNE);
        long unpublished = adoptedSeed(ANNUAL_PLAN, COMMUNE);
        long forest = targetWithSubject(id, "Tỷ lệ che phủ rừng", communeOfficer);
        api.putJson("/api/targets/" + forest + "/actuals/2026-H1", "{\"value\": 42.1, \"note\": \"" + NOTE + "\"}", communeOfficer)
                .andExpect(status().isCreated());
        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", communeOfficer).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/periods/2026-H1/approve", communeLeader).andExpect(status().isOk());
        api.putJson("/api/targets/" + forest + "/actuals/2026", "{\"value\": 47.3}", communeOfficer).andExpect(status().isCreated());
        api.post("/api/resolutions/" + id + "/publish", communeLeader).andExpect(status().isOk());

        String page = html(get("/public/resolutions/" + id), null, 200);
        assertThat(page).contains("42,1", "6 tháng đầu năm 2026", "Tỷ lệ che phủ rừng", "<meta name=\"description\"",
                "<link rel=\"canonical\" href=\"http://localhost/public/resolutions/" + id + "\"",
                "/public/resolutions/" + id + "/data.csv", "/public/resolutions/" + id + "/data.json");
        assertThat(page).as("an unapproved value, a note, the officials' names")
                .doesNotContain("47,3", NOTE, communeOfficer.username(), communeLeader.username());
        html(get("/public/resolutions/" + unpublished), null, 404);
        assertThat(html(get("/public/communes/" + COMMUNE), null, 200)).contains("/public/resolutions/" + id + "\"")
                .doesNotContain("/public/resolutions/" + unpublished + "\"");
        assertThat(html(get("/public/provinces/46"), null, 200)).contains("/public/communes/" + COMMUNE + "\"");

        List<List<String>> csv = csvRows(id);
        List<String> forestRow = csv.stream().filter(row -> row.get(5).startsWith("Tỷ lệ che phủ rừng")).findFirst().orElseThrow();
        assertThat(csv).as("one row per target: only the forest cover has an approved value").hasSize(targetCount(id));
        assertThat(forestRow.subList(8, 11)).containsExactly("2026-H1", "42.1", "false");
        assertThat(forestRow.get(13)).isEqualTo(visitorStatus(id, forest));
        assertThat(csv).filteredOn(row -> row != forestRow).allSatisfy(row -> assertThat(row.subList(8, 14))
                .containsExactly("", "", "", "", "", "NO_DATA"));
        assertThat(csv).allSatisfy(row -> assertThat(row.subList(0, 2)).containsExactly(COMMUNE, "phường Phú Xuân"));
        assertThat(jsonRows("/public/resolutions/" + id + "/data.json")).isEqualTo(csv);
        assertThat(download("/public/communes/" + COMMUNE + "/data.csv").getContentAsString(StandardCharsets.UTF_8))
                .as("the commune's data: its one published resolution")
                .isEqualTo(download("/public/resolutions/" + id + "/data.csv").getContentAsString(StandardCharsets.UTF_8));
        api.get("/public/resolutions/" + unpublished + "/data.csv", null).andExpect(status().isNotFound());
        api.get("/public/resolutions/" + unpublished + "/data.json", null).andExpect(status().isNotFound());

        // the same result for other tools, forest cover named by its catalogue code
        JsonNode dhis2 = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                download("/public/communes/" + COMMUNE + "/dhis2.json").getContentAsByteArray());
        assertThat(dhis2.get("dataValues")).anySatisfy(v -> {
            assertThat(v.get("dataElement").asText()).isEqualTo("RUNG-CHE-PHU");
            assertThat(v.get("period").asText()).isEqualTo("2026S1");
            assertThat(v.get("orgUnit").asText()).isEqualTo(COMMUNE);
            assertThat(v.get("value").asText()).isEqualTo("42.1");
        });
        assertThat(dhis2.toString()).doesNotContain("47.3");
        assertThat(download("/public/communes/" + COMMUNE + "/opensdg.csv").getContentAsString(StandardCharsets.UTF_8))
                .contains("2026,2026-H1,RUNG-CHE-PHU,\"%\"," + COMMUNE + ",42.1").doesNotContain("47.3");
        api.get("/public/communes/" + COMMUNE + "/dhis2.csv", null).andExpect(status().isNotFound());
    }

    @Test
    void letsAnyoneCacheAPublicPageAndAsksAgainWithItsETag() throws Exception {
        long id = adoptedSeed(ANNUAL_PLAN, CACHED_COMMUNE);
        api.post("/api/resolutions/" + id + "/publish", PlanFixtures.leader(CACHED_COMMUNE)).andExpect(status().isOk());

        MockHttpServletResponse first = api.get("/public/resolutions/" + id, null).andExpect(status().isOk()).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=300, public");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.SET_COOKIE)).as("no session for a visitor").isNull();
        api.get("/public/resolutions/" + id, null, HttpHeaders.IF_NONE_MATCH, etag).andExpect(status().isNotModified());

        long forest = targetWithSubject(id, "Tỷ lệ che phủ rừng", null);
        api.putJson("/api/targets/" + forest + "/actuals/2026-H1", "{\"value\": 41}", PlanFixtures.officer(CACHED_COMMUNE)).andExpect(status().isCreated());
        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", PlanFixtures.officer(CACHED_COMMUNE)).andExpect(status().isOk());
        api.get("/public/resolutions/" + id, null, HttpHeaders.IF_NONE_MATCH, etag).andExpect(status().isNotModified());
        api.post("/api/resolutions/" + id + "/periods/2026-H1/approve", PlanFixtures.leader(CACHED_COMMUNE)).andExpect(status().isOk());
        api.get("/public/resolutions/" + id, null, HttpHeaders.IF_NONE_MATCH, etag).andExpect(status().isOk());
    }

    @Test
    void pointsSearchEnginesAtPublishedResolutionsOnly() throws Exception {
        long id = adoptedSeed(ANNUAL_PLAN, INDEXED_COMMUNE);
        long unpublished = adoptedSeed(ANNUAL_PLAN, INDEXED_COMMUNE);
        api.post("/api/resolutions/" + id + "/publish", PlanFixtures.leader(INDEXED_COMMUNE)).andExpect(status().isOk());

        String sitemap = ResolutionApiCalls.text(api.get("/sitemap.xml", null).andExpect(status().isOk()));
        String robots = ResolutionApiCalls.text(api.get("/robots.txt", null).andExpect(status().isOk()));

        assertThat(sitemap).contains("<loc>http://localhost/public/resolutions/" + id + "</loc>",
                "<loc>http://localhost/public/communes/" + INDEXED_COMMUNE + "</loc>", "<loc>http://localhost/public/provinces/46</loc>")
                .doesNotContain("/public/resolutions/" + unpublished + "<");
        assertThat(robots).contains("Allow: /public", "Disallow: /", "Sitemap: http://localhost/sitemap.xml");
    }

    private MockHttpServletResponse download(String path) throws Exception {
        return api.get(path, null).andExpect(status().isOk()).andReturn().getResponse();
    }

    /** The resolution's CSV without its header, each row as its cells; checks the byte order mark, header and file name on the way. */
    private List<List<String>> csvRows(long id) throws Exception {
        MockHttpServletResponse response = download("/public/resolutions/" + id + "/data.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"chitieu-" + COMMUNE + "-")
                .endsWith(".csv\"");
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("unit_code,commune,province,resolution_number,indicator_no,target_subject,unit,plan,period,value,"
                + "estimate,achieved,achieved_on,status,status_text,percent_of_plan");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rows.add(cells(lines[i]));
        }
        return rows;
    }

    /** One CSV line's cells (RFC 4180 quoting, no line breaks inside a cell in these seeds). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The JSON rows as the CSV writes them: every field in column order, null as an empty cell. */
    private List<List<String>> jsonRows(String path) throws Exception {
        JsonNode rows = new ObjectMapper().readTree(download(path).getContentAsByteArray());
        List<List<String>> all = new ArrayList<>();
        rows.forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.forEach(field -> cells.add(field.isNull() ? "" : field.asText()));
            all.add(cells);
        });
        return all;
    }

    private int targetCount(long id) throws Exception {
        int count = 0;
        for (JsonNode indicator : body(api.get("/api/resolutions/" + id, null)).get("indicators")) {
            count += indicator.get("targets").size();
        }
        return count;
    }

    private String visitorStatus(long id, long target) throws Exception {
        for (JsonNode t : body(api.get("/api/resolutions/" + id + "/assessment?period=2026-H1", null)).get("targets")) {
            if (t.get("targetId").asLong() == target) {
                return t.get("assessment").get("attainment").get("status").asText();
            }
        }
        throw new AssertionError("no target " + target);
    }
}

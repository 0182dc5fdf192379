package vn.chitieu.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chitieu.IntegrationTest;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.plan.web.PageVisitor;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * The generator writes what the application reads: three communes of a province, then the
 * assessment API, the monitoring pages and a new value entered on top of the generated ones.
 */
@IntegrationTest
@AutoConfigureMockMvc
// a database of its own: the generated communes must not show in other tests' lists of a province
@TestPropertySource(properties = "chitieu.test.context=sample-generator")
class SampleGeneratorIntegrationTests {
    private static final String PASSWORD = "bench-password-1";
    private static final SampleSettings SETTINGS = new SampleSettings(2, 25, 5, 42, LocalDate.of(2026, 11, 23));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void generatesCommunesThatTheApplicationReadsAndLeavesThemAsTheyAreTheSecondTime() throws Exception {
        SampleGenerator generator = new SampleGenerator(dataSource, json, units, passwords);
        SampleGenerator.Summary first = generator.generate(new SampleGenerator.Scope("08", 3), SETTINGS, PASSWORD, 2, quiet());

        assertThat(first.communes()).isEqualTo(3);
        assertThat(first.rows()).containsEntry("resolution", 6L).containsEntry("target", 150L).containsEntry("account", 7L);
        List<String> communes = units.communesOf("08").stream().limit(3).map(u -> u.code()).toList();
        assertThat(jdbc.sql("SELECT DISTINCT unit_code FROM resolution ORDER BY unit_code").query(String.class).list()).isEqualTo(communes);
        long fiveYear = jdbc.sql("SELECT id FROM resolution WHERE period_kind = 'FIVE_YEAR' ORDER BY id").query(Long.class).list().get(0);
        long annual = jdbc.sql("SELECT id FROM resolution WHERE period_kind = 'ANNUAL' ORDER BY id").query(Long.class).list().get(0);

        JsonNode assessment = apiGet("/api/resolutions/" + fiveYear + "/assessment?period=2025", "tinh.08");
        assertThat(assessment.get("targets")).hasSize(25);
        int indicators = jdbc.sql("SELECT count(*) FROM indicator WHERE resolution_id = ?").param(fiveYear).query(Integer.class).single();
        int counted = 0;
        for (JsonNode count : assessment.get("counts")) {
            counted += count.asInt();
        }
        assertThat(counted).isEqualTo(indicators);
        assertThat(assessment.get("summary").asText()).startsWith("Có ");
        JsonNode periods = apiGet("/api/resolutions/" + annual + "/periods", "tinh.08");
        assertThat(periods.findValuesAsText("period")).contains("2025", "2026-Q1", "2026-H1", "2026-9M");

        Actor province = actor("tinh.08");
        assertThat(page("/resolutions/" + fiveYear, province)).contains("5 năm 2021 - 2025");
        assertThat(page("/resolutions/" + fiveYear + "/periods", province)).contains("/resolutions/" + fiveYear + "/periods/2025");
        assertThat(page("/resolutions/" + fiveYear + "/periods/2025", province)).contains("Thu ngân sách", "Tỷ lệ");
        assertThat(page("/resolutions/" + annual + "/periods/2026-9M", province)).contains("9 tháng");

        // the database's own ids go on after the generated ones: the officer's next value is saved like any other
        long target = jdbc.sql("SELECT t.id FROM target t JOIN indicator i ON i.id = t.indicator_id WHERE i.resolution_id = ? "
                + "AND t.kind = 'LEVEL' ORDER BY t.id").param(annual).query(Long.class).list().get(0);
        String officer = "cb." + jdbc.sql("SELECT unit_code FROM resolution WHERE id = ?").param(annual).query(String.class).single();
        MvcResult entered = mvc.perform(put("/api/targets/" + target + "/actuals/2026-10").with(csrf()).header("Authorization", basic(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 1}")).andReturn();
        assertThat(entered.getResponse().getStatus()).as(entered.getResponse().getContentAsString()).isEqualTo(201);

        long rows = jdbc.sql("SELECT count(*) FROM actual_value").query(Long.class).single();
        SampleGenerator.Summary again = generator.generate(new SampleGenerator.Scope("08", 3), SETTINGS, PASSWORD, 2, quiet());
        assertThat(again.communes()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM actual_value").query(Long.class).single()).isEqualTo(rows);
    }

    private JsonNode apiGet(String path, String username) throws Exception {
        MvcResult result = mvc.perform(get(path).header("Authorization", basic(username)).header("Accept-Language", "vi")).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String path, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(PageVisitor.as(actor)).locale(Locale.forLanguageTag("vi"));
        MvcResult result = mvc.perform(request).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(path + ": " + html).isEqualTo(200);
        return html;
    }

    private Actor actor(String username) {
        return jdbc.sql("SELECT id, display_name, role, unit_code FROM account WHERE username = ?").param(username)
                .query((row, n) -> new Actor(row.getLong("id"), username, row.getString("display_name"), Role.valueOf(row.getString("role")),
                        row.getString("unit_code"))).single();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}

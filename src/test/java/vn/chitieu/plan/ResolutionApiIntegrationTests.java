package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.PlanFixtures.NEIGHBOUR;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@AutoConfigureMockMvc
class ResolutionApiIntegrationTests extends ResolutionApiTest {
    @Test
    void importsADocumentAsADraftAndAnswersCreatedWithItsLocation() throws Exception {
        byte[] bytes = ResolutionApiCalls.uniqueSeed();

        var result = api.importFile("Nghị quyết 32.txt", bytes, COMMUNE, officer).andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));

        JsonNode draft = body(result);
        long id = draft.get("id").asLong();
        result.andExpect(header().string(HttpHeaders.LOCATION, "/api/resolutions/" + id))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + draft.get("version").asInt() + "\""));
        assertThat(draft.get("unitCode").asText()).isEqualTo(COMMUNE);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("archived").asBoolean()).isFalse();
        assertThat(draft.get("existing").asBoolean()).isFalse();
        assertThat(draft.at("/document/title").asText()).contains("Kế hoạch phát triển kinh tế");
        JsonNode indicator = draft.at("/indicators/0");
        assertThat(indicator.get("id").isIntegralNumber()).isTrue();
        assertThat(indicator.get("no").asInt()).isEqualTo(1);
        assertThat(indicator.get("group").asText()).isNotBlank();
        assertThat(indicator.at("/span/end").asInt()).isGreaterThan(indicator.at("/span/start").asInt());
        JsonNode target = indicator.at("/targets/0");
        assertThat(target.get("id").isIntegralNumber()).isTrue();
        assertThat(target.get("kind").asText()).isEqualTo("CHANGE");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(target.get("unit").asText()).isEqualTo("%");
        assertThat(target.get("rules").isArray()).isTrue();
        assertThat(draft.get("tasks").isArray()).isTrue();
        assertThat(draft.at("/source/fileName").asText()).isEqualTo("Nghị quyết 32.txt");
        assertThat(draft.at("/source/mediaType").asText()).startsWith("text/plain");
        assertThat(draft.at("/source/size").asLong()).isEqualTo(bytes.length);
        assertThat(draft.at("/source/sha256").asText()).isEqualTo(ResolutionImport.sha256(bytes));
        assertThat(draft.get("createdBy").asText()).isEqualTo(officer.username());
        assertThat(Instant.parse(draft.get("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(draft.has("adoptedAt")).isFalse();
        assertThat(nullFields(draft, "")).isEmpty();
    }

    @Test
    void answersWithTheResolutionAlreadyImportedWhenTheSameFileComesAgain() throws Exception {
        byte[] bytes = ResolutionApiCalls.uniqueSeed();
        long id = body(api.importFile("a.txt", bytes, COMMUNE, officer).andExpect(status().isCreated())).get("id").asLong();
        long count = count("resolution");

        var again = api.importFile("b.txt", bytes, COMMUNE, officer).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/resolutions/" + id));

        assertThat(body(again).get("existing").asBoolean()).isTrue();
        assertThat(body(again).get("id").asLong()).isEqualTo(id);
        assertThat(count("resolution")).isEqualTo(count);
    }

    @Test
    void sendsTheVersionAsETagAndAnswersNotModifiedWhileItHolds() throws Exception {
        JsonNode draft = api.importSeed(officer);
        String etag = "\"" + draft.get("version").asInt() + "\"";

        api.get("/api/resolutions/" + draft.get("id").asLong(), officer).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(jsonPath("$.indicators.length()").value(draft.get("indicators").size()));
        api.get("/api/resolutions/" + draft.get("id").asLong(), officer, HttpHeaders.IF_NONE_MATCH, etag)
                .andExpect(status().isNotModified());
    }

    @Test
    void listsTheResolutionsOfAUnitByStatus() throws Exception {
        long id = api.importSeed(officer).get("id").asLong();

        assertThat(ids("/api/resolutions?unit=" + COMMUNE + "&status=DRAFT", officer)).contains(id);
        assertThat(ids("/api/resolutions?unit=" + COMMUNE + "&status=ADOPTED", officer)).doesNotContain(id);
        assertThat(ids("/api/resolutions?unit=" + COMMUNE + "&archived=true", officer)).doesNotContain(id);
        api.get("/api/resolutions?status=SIGNED", officer).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Giá trị \"SIGNED\" không hợp lệ cho \"status\"."));
    }

    @Test
    void refusesToImportForAUnitOutsideTheOfficersCommuneAsIfItDidNotExist() throws Exception {
        api.importFile("a.txt", ResolutionApiCalls.uniqueSeed(), NEIGHBOUR, officer).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy đơn vị hành chính"));
        api.importFile("a.txt", ResolutionApiCalls.uniqueSeed(), "99999", officer).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("99999")));
    }


    /** Paths of fields whose value is JSON null: the API leaves them out instead. */
    static List<String> nullFields(JsonNode node, String path) {
        List<String> nulls = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    nulls.add(path + "/" + field.getKey());
                }
                nulls.addAll(nullFields(field.getValue(), path + "/" + field.getKey()));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nulls.addAll(nullFields(node.get(i), path + "/" + i));
            }
        }
        return nulls;
    }
}

package vn.chitieu.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.Signed;
import vn.chitieu.security.Actor;

/** The resolution API driven through MockMvc as a signed-in person drives it, for the API's integration tests. */
final class ResolutionApiCalls {
    static final String SEED = "000_a52e04d6636138d8.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockMvc mvc;

    ResolutionApiCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The seed with a line of its own, so that every test imports a file no one imported before. */
    static byte[] uniqueSeed() {
        return ResolutionImportIntegrationTests.unique(TestDocuments.seed(SEED));
    }

    ResultActions importFile(String fileName, byte[] bytes, String unitCode, Actor actor) throws Exception {
        return mvc.perform(multipart("/api/resolutions").file(new MockMultipartFile("file", fileName, "text/plain", bytes))
                .param("unitCode", unitCode).with(csrf()).with(Signed.as(actor)));
    }

    /** A new draft of the actor's commune from a copy of the seed. */
    JsonNode importSeed(Actor actor) throws Exception {
        return body(importFile("nq.txt", uniqueSeed(), actor.unitCode(), actor).andExpect(status().isCreated()));
    }

    /** A GET as the actor (none: a visitor), with headers given as name, value, name, value… */
    ResultActions get(String path, Actor actor, String... headers) throws Exception {
        return mvc.perform(signed(withHeaders(MockMvcRequestBuilders.get(path), headers), actor));
    }

    ResultActions post(String path, Actor actor, String... headers) throws Exception {
        return mvc.perform(signed(withHeaders(MockMvcRequestBuilders.post(path).with(csrf()), headers), actor));
    }

    /** A POST of a JSON body as the actor. */
    ResultActions postJson(String path, String json, Actor actor) throws Exception {
        return mvc.perform(signed(MockMvcRequestBuilders.post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json), actor));
    }

    /** A PUT of a JSON body as the actor. */
    ResultActions putJson(String path, String json, Actor actor) throws Exception {
        return mvc.perform(signed(MockMvcRequestBuilders.put(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json), actor));
    }

    /** A PUT of the content; {@code ifMatch} null sends no If-Match at all. */
    ResultActions put(long id, String ifMatch, JsonNode content, Actor actor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.put("/api/resolutions/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(content));
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return mvc.perform(signed(request, actor));
    }

    static JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(text(result));
    }

    static String text(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder withHeaders(MockHttpServletRequestBuilder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request, Actor actor) {
        return actor == null ? request : request.with(Signed.as(actor));
    }
}

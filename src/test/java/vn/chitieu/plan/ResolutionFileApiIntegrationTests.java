package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.chitieu.IntegrationTest;
import vn.chitieu.cli.ExtractCommand;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.Documents;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.web.Signed;

@IntegrationTest
@AutoConfigureMockMvc
class ResolutionFileApiIntegrationTests extends ResolutionApiTest {
    @Test
    void handsBackTheOriginalBytesWithTheirVietnameseNameAndChecksum() throws Exception {
        byte[] pdf = TestDocuments.pdf(TestDocuments.seed(ResolutionApiCalls.SEED) + "\n" + System.nanoTime());
        String name = "Nghị quyết số 32 – Đông Khê.pdf";
        long id = body(api.importFile(name, pdf, COMMUNE, officer).andExpect(status().isCreated())).get("id").asLong();

        var source = api.get("/api/resolutions/" + id + "/source", officer).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("X-Content-SHA256", ResolutionImport.sha256(pdf)));

        assertThat(source.andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        String disposition = source.andReturn().getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename=\"Nghi quyet so 32 _ Dong Khe.pdf\"")
                .contains("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(name);
    }

    @Test
    void servesTheTextThatTheSpansPointInto() throws Exception {
        byte[] bytes = ResolutionApiCalls.uniqueSeed();
        JsonNode draft = body(api.importFile("nq.txt", bytes, COMMUNE, officer).andExpect(status().isCreated()));

        var text = api.get("/api/resolutions/" + draft.get("id").asLong() + "/text", officer).andExpect(status().isOk())
                .andExpect(content().contentType("text/plain;charset=UTF-8"));

        String served = ResolutionApiCalls.text(text);
        assertThat(served).isEqualTo(Documents.read(new DocumentSource("nq.txt", bytes)).text());
        JsonNode span = draft.at("/indicators/0/span");
        assertThat(served.substring(span.get("start").asInt(), span.get("end").asInt())).contains("Thu ngân sách trên địa bàn");
    }

    @Test
    void extractsTheSameJsonAsTheCommandLineAndStoresNothing(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve(ResolutionApiCalls.SEED), TestDocuments.seed(ResolutionApiCalls.SEED));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new ExtractCommand(new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run(new String[] {file.toString()});
        long before = count("resolution");

        var answer = extract(new MockMultipartFile("file", ResolutionApiCalls.SEED, "text/plain", Files.readAllBytes(file)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));

        assertThat(exit).isZero();
        ObjectMapper json = new ObjectMapper();
        assertThat(body(answer)).isEqualTo(json.readTree(printed.toString(StandardCharsets.UTF_8)));
        assertThat(count("resolution")).isEqualTo(before);
    }

    @Test
    void refusesAFileItCannotReadWithAOneLineVietnameseReasonAndKeepsNothing() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        long resolutions = count("resolution");
        long files = count("source_file");

        JsonNode problem = body(api.importFile("rác.bin", garbage, COMMUNE, officer).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        extract(new MockMultipartFile("file", "rác.bin", "application/octet-stream", garbage)).andExpect(status().isUnprocessableEntity());

        assertThat(problem.get("title").asText()).isEqualTo("Không đọc được tệp");
        assertThat(problem.get("detail").asText()).contains("“rác.bin”").contains("hãy").doesNotContain("\n").doesNotContain("Exception");
        assertThat(problem.has("trace")).isFalse();
        assertThat(count("resolution")).isEqualTo(resolutions);
        assertThat(count("source_file")).isEqualTo(files);
    }

    @Test
    void refusesAFileOverTwentyMegabytesAsTooLarge() throws Exception {
        byte[] large = new byte[(int) Documents.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        long files = count("source_file");

        api.importFile("lớn.txt", large, COMMUNE, officer).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“lớn.txt” nặng 20,1 MB; giới hạn là 20 MB")));
        extract(new MockMultipartFile("file", "lớn.txt", "text/plain", large)).andExpect(status().isPayloadTooLarge());

        assertThat(count("source_file")).isEqualTo(files);
    }

    @Test
    void asksForTheFileWhenTheRequestHasNone() throws Exception {
        mvc.perform(multipart("/api/resolutions").param("unitCode", COMMUNE).with(csrf()).with(Signed.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Thiếu tệp"));
    }

    @Test
    void extractsOnlyForAPersonWithAnAccount() throws Exception {
        mvc.perform(multipart("/api/extract").file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {'a'}))
                        .with(csrf()).with(user("not-an-account")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions extract(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/extract").file(file).with(csrf()).with(Signed.as(officer)));
    }
}

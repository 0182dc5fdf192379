package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

@WebMvcTest(controllers = {ApiErrorsTests.Failing.class, ApiErrorsTests.FailingPage.class})
@Import({ApiErrorsTests.Failing.class, ApiErrorsTests.FailingPage.class})
@AutoConfigureMockMvc(addFilters = false)
class ApiErrorsTests {
    @Autowired
    MockMvc mvc;

    @RestController
    static class Failing {
        @GetMapping("/api/test/missing")
        String missing() {
            throw new NotFound("unit.notFound", "99999");
        }

        @GetMapping("/api/test/conflict")
        String conflict() {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "version 3 is stale");
        }

        @GetMapping("/api/test/upload")
        String upload() {
            throw new MaxUploadSizeExceededException(21L * 1024 * 1024);
        }

        @GetMapping("/api/test/number")
        String number(@RequestParam("n") int n) {
            return "n=" + n;
        }

        @GetMapping("/api/test/broken")
        String broken() {
            throw new IllegalStateException("a bug with internal details");
        }
    }

    @Controller
    static class FailingPage {
        @GetMapping("/test/page")
        String page() {
            throw new NotFound("unit.notFound", "99999");
        }
    }

    @Test
    void answersNotFoundWithTheMessageItNamesInTheRequestedLanguage() throws Exception {
        expectProblem("/api/test/missing", "vi", HttpStatus.NOT_FOUND, "Không tìm thấy", "Không có đơn vị hành chính mã “99999”.");
        expectProblem("/api/test/missing", "en", HttpStatus.NOT_FOUND, "Not found", "There is no administrative unit with code “99999”.");
    }

    @Test
    void answersAStatusExceptionWithTheStatusMessageInsteadOfItsEnglishReason() throws Exception {
        expectProblem("/api/test/conflict", "vi", HttpStatus.CONFLICT, "Dữ liệu đã thay đổi",
                "Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi thử lại.");
    }

    @Test
    void answersAnUploadOverTheLimitWithFileTooLarge() throws Exception {
        expectProblem("/api/test/upload", "vi", HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", "Tệp tải lên không được lớn hơn 20 MB.");
        expectProblem("/api/test/upload", "en", HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "An uploaded file may not be larger than 20 MB.");
    }

    @Test
    void answersAMistypedParameterNamingItAndItsValue() throws Exception {
        expectProblem("/api/test/number?n=hai", "en", HttpStatus.BAD_REQUEST, "Bad request", "The value \"hai\" of parameter \"n\" is not valid.");
    }

    @Test
    void answersAMissingParameterNamingIt() throws Exception {
        expectProblem("/api/test/number", "vi", HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", "Yêu cầu thiếu tham số \"n\".");
    }

    @Test
    void leavesUnexpectedFailuresToTheErrorPagesWithoutAnsweringThem() {
        assertThatThrownBy(() -> mvc.perform(get("/api/test/broken"))).hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void leavesTheErrorsOfPagesToTheErrorPages() throws Exception {
        var result = mvc.perform(get("/test/page")).andExpect(status().isNotFound()).andReturn();
        assertThat(result.getResponse().getContentAsString()).isEmpty();
        assertThat(result.getResolvedException()).isInstanceOf(NotFound.class);
    }

    private void expectProblem(String path, String language, HttpStatus status, String title, String detail) throws Exception {
        mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().is(status.value()))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status.value()))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(jsonPath("$.instance").value(path.replaceFirst("\\?.*", "")));
    }
}

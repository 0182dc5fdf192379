package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The error dispatch as the servlet container makes it: to /error, with the failed request's status and address. */
@WebMvcTest(ErrorPages.class)
@AutoConfigureMockMvc(addFilters = false)
class ErrorPagesTests {
    @Autowired
    MockMvc mvc;

    @Test
    void showsAFriendlyNotFoundPageWithASearchBox() throws Exception {
        String page = mvc.perform(error(404, "/somewhere").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Không tìm thấy</h1>", "Không tìm thấy nội dung được yêu cầu.", "name=\"q\"", "Mã lỗi 404");
    }

    @Test
    void showsTheMessageOfANotFoundThrownByAPage() throws Exception {
        String page = mvc.perform(error(404, "/units/99999").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new NotFound("unit.notFound", "99999"))
                        .cookie(new Cookie("chitieu-lang", "en")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Not found</h1>", "There is no administrative unit with code “99999”.", "lang=\"en\"");
    }

    @Test
    void showsTheForbiddenAndServerErrorPagesWithoutDetailsOfTheFailure() throws Exception {
        String forbidden = mvc.perform(error(403, "/admin").accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andExpect(view().name("error/403"))
                .andReturn().getResponse().getContentAsString();
        assertThat(forbidden).contains("<h1>Không có quyền</h1>", "liên hệ quản trị viên");
        String failed = mvc.perform(error(500, "/units").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
                .andExpect(status().isInternalServerError()).andExpect(view().name("error/500"))
                .andReturn().getResponse().getContentAsString();
        assertThat(failed).contains("<h1>Lỗi hệ thống</h1>", "Lỗi đã được ghi lại").doesNotContain("secret internals", "IllegalStateException");
    }

    @Test
    void showsTheGenericPageForOtherErrors() throws Exception {
        String page = mvc.perform(error(405, "/units").accept(MediaType.TEXT_HTML))
                .andExpect(status().isMethodNotAllowed()).andExpect(view().name("error"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Phương thức không được hỗ trợ</h1>", "Về trang chủ");
    }

    @Test
    void answersAnApiErrorWithAProblemEvenToABrowser() throws Exception {
        mvc.perform(error(404, "/api/nothing").accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.instance").value("/api/nothing"));
    }

    @Test
    void answersAnUploadRefusedBeforeAnyControllerWithFileTooLarge() throws Exception {
        mvc.perform(error(413, "/api/extract").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(21L * 1024 * 1024)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Tệp quá lớn"))
                .andExpect(jsonPath("$.detail").value("Tệp tải lên không được lớn hơn 20 MB."))
                .andExpect(jsonPath("$.instance").value("/api/extract"));
    }

    @Test
    void answersAClientThatDoesNotAskForHtmlWithAProblem() throws Exception {
        mvc.perform(error(401, "/units/04").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.detail").value("Bạn cần đăng nhập để thực hiện yêu cầu này."));
    }

    private static MockHttpServletRequestBuilder error(int status, String failedPath) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedPath);
    }
}

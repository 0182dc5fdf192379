package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.chitieu.document.DocumentException;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;

class ResolutionApiProblemsTests {
    private final ResolutionApiProblems problems = new ResolutionApiProblems(messages());

    @Test
    void answersAnUploadOverTheServersLimitWithPayloadTooLarge() {
        ResponseEntity<ProblemDetail> answer = problems.tooLarge(new MaxUploadSizeExceededException(-1), request(null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("Tệp quá lớn");
        assertThat(answer.getBody().getDetail()).contains("20 MB");
    }

    @Test
    void keepsTheReadersReasonOnOneLine() {
        ResponseEntity<ProblemDetail> answer = problems.unreadable(new DocumentException("Tệp “a.pdf” bị hỏng:\r\n  hãy lưu lại."),
                request("en"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().getTitle()).isEqualTo("The file cannot be read");
        assertThat(answer.getBody().getDetail()).isEqualTo("Tệp “a.pdf” bị hỏng: hãy lưu lại.");
    }

    @Test
    void saysEachRuleProblemWithItsPathInTheRequestsLanguage() {
        ResolutionRejected rejected = new ResolutionRejected(new ResolutionProblem("plan.problem.indicatorWithoutTarget",
                "indicators[2].targets", 3));

        ProblemDetail vietnamese = problems.rejected(rejected, request(null)).getBody();
        ProblemDetail english = problems.rejected(rejected, request("en-US")).getBody();

        assertThat(vietnamese.getProperties()).containsEntry("problems", List.of(new ResolutionApiProblems.Problem(
                "indicators[2].targets", "Chỉ tiêu số 3 chưa có mục tiêu nào; hãy thêm ít nhất một mục tiêu.")));
        assertThat(english.getProperties()).isEqualTo(Map.of("problems", List.of(new ResolutionApiProblems.Problem(
                "indicators[2].targets", "Indicator 3 has no target; add at least one."))));
    }

    @Test
    void answersAFaultOfItsOwnWithoutItsDetails() {
        ResponseEntity<ProblemDetail> answer = problems.unexpected(new IllegalStateException("SELECT secret FROM t"), request(null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getDetail()).doesNotContain("SELECT").doesNotContain("IllegalStateException")
                .startsWith("Chỉ tiêu gặp lỗi");
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/resolutions/1/adopt");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/api", "messages/plan");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

package vn.chitieu.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.chitieu.security.internal.ApiProblems;
import vn.chitieu.security.internal.RejectedInput;

/** A rejected API request answers 400 with one message per field, in the caller's language. */
@RestControllerAdvice(assignableTypes = {AccountApiController.class, TokenApiController.class})
class ApiInputProblems {
    private final MessageSource messages;

    ApiInputProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RejectedInput.class)
    ProblemDetail rejected(RejectedInput rejected, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("security.problem.invalid.detail", null, locale));
        problem.setTitle(messages.getMessage("security.problem.invalid.title", null, locale));
        List<Map<String, String>> errors = rejected.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.code(), null, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}

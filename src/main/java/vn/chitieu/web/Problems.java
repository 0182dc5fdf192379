package vn.chitieu.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Says what went wrong in the reader's language: the title and detail of an RFC 9457 problem, and
 * of the error pages. Titles are {@code problem.title.<status>}; the detail is, in this order, the
 * message an {@link ErrorResponse} names ({@link NotFound}), a {@link ResponseStatusException}'s
 * reason when it is a message key, a sentence for a few well-known request errors, or {@code
 * problem.detail.<status>}. No exception text reaches the reader.
 */
final class Problems {
    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail problem(HttpStatusCode status, Throwable error, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, locale));
        problem.setDetail(detail(status, error, locale));
        if (error instanceof BindException invalid) {
            List<Map<String, String>> fields = invalid.getFieldErrors().stream()
                    .map(field -> Map.of("field", field.getField(), "message", messages.getMessage(field, locale)))
                    .toList();
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    String title(HttpStatusCode status, Locale locale) {
        String title = messages.getMessage("problem.title." + status.value(), null, null, locale);
        return title != null ? title : messages.getMessage(status.is5xxServerError() ? "problem.title.500" : "problem.title.400", null, locale);
    }

    String detail(HttpStatusCode status, Throwable error, Locale locale) {
        String detail = null;
        if (error instanceof ErrorResponse response && response.getDetailMessageCode() != null) {
            detail = messages.getMessage(response.getDetailMessageCode(), response.getDetailMessageArguments(messages, locale), null, locale);
        }
        if (detail == null && error instanceof ResponseStatusException statusError && statusError.getReason() != null) {
            detail = messages.getMessage(statusError.getReason(), null, null, locale);
        }
        if (detail == null && error instanceof TypeMismatchException mismatch) {
            detail = messages.getMessage("problem.detail.typeMismatch", new Object[] {mismatch.getPropertyName(), mismatch.getValue()}, locale);
        }
        if (detail == null && error instanceof MissingServletRequestParameterException missing) {
            detail = messages.getMessage("problem.detail.missingParameter", new Object[] {missing.getParameterName()}, locale);
        }
        if (detail == null) {
            detail = messages.getMessage("problem.detail." + status.value(), null, null, locale);
        }
        return detail != null ? detail : messages.getMessage(status.is5xxServerError() ? "problem.detail.500" : "problem.detail.400", null, locale);
    }
}

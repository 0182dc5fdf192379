package vn.chitieu.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the errors of the REST controllers into RFC 9457 problem details in the request's language
 * ({@link Problems}): Spring MVC's own request errors (a missing or mistyped parameter, an upload
 * over the limit, a wrong method or media type) and every {@code ResponseStatusException}, such as
 * {@link NotFound}. Pages are left to the error pages ({@link ErrorPages}), and so is what no
 * handler here knows: it reaches them as a server error, also as a problem for the API.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {
    private final Problems problems;

    ApiErrors(MessageSource messages) {
        this.problems = new Problems(messages);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return super.handleExceptionInternal(error, problems.problem(status, error, LocaleContextHolder.getLocale()), headers, status, request);
    }
}

package vn.chitieu.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error no controller answered itself (an unknown address, a refusal by security, an
 * upload over the limit, a failure): a friendly page in the reader's language for a browser
 * ({@code templates/error/404.html}, {@code 403}, {@code 500}, else {@code error.html}), and an RFC
 * 9457 problem for the API and for any client that does not ask for HTML. Never a stack trace. Pages
 * get the problem as the model's {@code problem} ({@code title}, {@code detail}, {@code status}).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages implements ErrorController {
    private final ErrorAttributes errors;
    private final Problems problems;
    private final ObjectMapper json;

    ErrorPages(ErrorAttributes errors, MessageSource messages, ObjectMapper json) {
        this.errors = errors;
        this.problems = new Problems(messages);
        this.json = json;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        HttpStatus status = status(request);
        if (LanguageResolver.isApi(request)) {
            // A browser that opened an API address still gets the API's answer.
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem(request, status, locale));
            return null;
        }
        // not "title": the layout's fragment parameter of that name would hide it
        return new ModelAndView(view(status), Map.of("problem", problem(request, status, locale)), status);
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request, status, locale));
    }

    private ProblemDetail problem(HttpServletRequest request, HttpStatus status, Locale locale) {
        ProblemDetail problem = problems.problem(status, errors.getError(new ServletWebRequest(request)), locale);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // the problem is still worth sending without the address it came from
            }
        }
        return problem;
    }

    private static String view(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> status.is5xxServerError() ? "error/500" : "error";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}

package vn.chitieu.security.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answers when security stops a request, as RFC 9457 problem details in the caller's
 * language: 401 with the challenges when nobody (or a bad credential) signed in, and 404, not 403,
 * when a signed-in caller may not see the thing, so that the answer does not tell whether it exists.
 */
@Component
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
    public static final String REALM = "chitieu";
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason) throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        String detail = reason instanceof LockedException ? "security.problem.locked.detail" : "security.problem.unauthorized.detail";
        write(request, response, HttpStatus.UNAUTHORIZED, "security.problem.unauthorized.title", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "security.problem.notFound.title", "security.problem.notFound.detail");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        Locale locale = locale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage(title, null, locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage(detail, null, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(PROBLEM_JSON.toString());
        json.writeValue(response.getOutputStream(), body);
    }

    /** The language the caller asked for in {@code Accept-Language}; Vietnamese when they asked for none. */
    public static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.forLanguageTag("vi") : request.getLocale();
    }
}

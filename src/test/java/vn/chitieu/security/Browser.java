package vn.chitieu.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the running application: it keeps cookies, does not follow redirects
 * (so tests see where they lead), and reads the CSRF token from a page's form as a browser would send it.
 */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** What a browser asks for when it follows a link or sends a form. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient http;
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ACCEPT).header("Accept-Language", "vi").GET());
    }

    /** Posts a form as is: without a CSRF token unless the fields hold one. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** Posts a form whose fields may repeat a name (ticked boxes, the rows of a table), in their order. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT).header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form, as a page's file upload does (its CSRF token among the fields). */
    public HttpResponse<String> upload(String path, Multipart form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", form.contentType())
                .header("Accept", ACCEPT).header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** Opens the page, then submits the form fields with the CSRF token that page's form carries. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(get(page).body()));
        return post(action, withToken);
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in the page: " + html);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return TestHttp.send(http, request.build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

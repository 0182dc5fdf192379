package vn.chitieu.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A script calling the API: no cookies, an {@code Authorization} header of its choosing, JSON bodies. */
public final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;

    private Api(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null, null);
    }

    public static Api basic(int port, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + credentials, null);
    }

    public static Api bearer(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token, null);
    }

    /** The same caller asking for answers in another language. */
    public Api inLanguage(String languageTag) {
        return new Api(base, authorization, languageTag);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return TestHttp.send(http, request.build());
    }
}

package vn.chitieu.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A script calling the API: no cookies, an {@code Authorization} header of its choosing, JSON bodies. */
public final class Api {
    private static final String JSON = "application/json";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;
    private final String accept;

    private Api(String base, String authorization, String language, String accept) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.accept = accept;
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null, null, JSON);
    }

    public static Api basic(int port, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + credentials, null, JSON);
    }

    public static Api bearer(int port, String token) {
        return new Api("http://localhost:" + port, "Bearer " + token, null, JSON);
    }

    /** The same caller asking for answers in another language. */
    public Api inLanguage(String languageTag) {
        return new Api(base, authorization, languageTag, accept);
    }

    /** The same caller asking for other media types than JSON ({@code text/plain}, {@code *}{@code /*}). */
    public Api accepting(String mediaTypes) {
        return new Api(base, authorization, language, mediaTypes);
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

    /** A PUT of JSON naming the version it replaces in {@code If-Match}. */
    public HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(request("PUT", path, HttpRequest.BodyPublishers.ofString(json), "application/json").header("If-Match", ifMatch));
    }

    /** A POST of a multipart form, as a script uploads a file. */
    public HttpResponse<String> upload(String path, Multipart form) {
        return send(request("POST", path, HttpRequest.BodyPublishers.ofByteArray(form.bytes()), form.contentType()));
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return send(request(method, path, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json),
                json == null ? null : "application/json"));
    }

    private HttpRequest.Builder request(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return TestHttp.send(http, request.build());
    }
}

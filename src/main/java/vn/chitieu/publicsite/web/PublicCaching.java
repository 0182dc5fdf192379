package vn.chitieu.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages' HTTP caching: anyone may keep a page five minutes ({@code Cache-Control: public,
 * max-age=300}), then ask again with its ETag and get a 304 while nothing it shows has changed. The
 * ETag names what the page depends on and its language, which a cookie chooses (hence {@code Vary: Cookie}).
 */
final class PublicCaching {
    static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

    private PublicCaching() {}

    /**
     * Sets the caching headers; true when the client's copy is current (the answer is then a 304 and
     * the controller returns at once).
     */
    static boolean notModified(WebRequest request, HttpServletResponse response, Locale locale, String dependsOn) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, "Cookie");
        return request.checkNotModified("W/\"" + hash(dependsOn + "|" + locale.getLanguage()) + "\"");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

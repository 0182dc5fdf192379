package vn.chitieu.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language a request is answered in. A page speaks Vietnamese unless the person chose English
 * ({@code ?lang=en}, kept in a cookie), whatever the browser's own language: officials' browsers
 * are often set to English. An API request is answered in its {@code Accept-Language} when that
 * names Vietnamese or English, as the API contract says.
 */
public class LanguageResolver extends CookieLocaleResolver {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SPOKEN = List.of(VIETNAMESE, Locale.ENGLISH);

    LanguageResolver() {
        super("chitieu-lang");
        setDefaultLocale(VIETNAMESE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolveLocaleContext(request).getLocale();
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Locale asked = isApi(request) ? acceptLanguage(request) : null;
        if (asked != null) {
            return new SimpleLocaleContext(asked);
        }
        Locale chosen = spoken(super.resolveLocaleContext(request).getLocale());
        return new SimpleLocaleContext(chosen == null ? VIETNAMESE : chosen);
    }

    /** Keeps a choice of Vietnamese or English (as its language alone); ignores any other. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale chosen = context == null ? null : spoken(context.getLocale());
        if (chosen != null) {
            super.setLocaleContext(request, response, new SimpleLocaleContext(chosen));
        }
    }

    /** Whether the request (or, on an error dispatch, the request that failed) is one to the API. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    private static Locale acceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Locale spoken(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SPOKEN.stream().filter(spoken -> spoken.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }
}

package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LanguageResolverTests {
    final LanguageResolver resolver = new LanguageResolver();

    @Test
    void speaksVietnameseToAPageEvenWhenTheBrowserPrefersEnglish() {
        assertThat(language("/units", "en-US,en;q=0.9", null)).isEqualTo(LanguageResolver.VIETNAMESE);
    }

    @Test
    void speaksTheLanguageChosenInTheCookie() {
        assertThat(language("/units", null, "en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void speaksVietnameseWhenTheCookieNamesAnotherLanguage() {
        assertThat(language("/units", null, "fr")).isEqualTo(LanguageResolver.VIETNAMESE);
    }

    @Test
    void keepsAChoiceOfEnglishInACookieAndIgnoresOtherLanguages() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request, response, Locale.FRENCH);
        assertThat(response.getCookie("chitieu-lang")).isNull();
        resolver.setLocale(request, response, Locale.UK);
        assertThat(response.getCookie("chitieu-lang").getValue()).isEqualTo("en");
        assertThat(response.getCookie("chitieu-lang").isHttpOnly()).isTrue();
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void answersTheApiInItsAcceptLanguageBeforeTheCookie() {
        assertThat(language("/api/units", "fr-FR, en;q=0.8, vi;q=0.5", null)).isEqualTo(Locale.ENGLISH);
        assertThat(language("/api/units", "vi-VN", "en")).isEqualTo(LanguageResolver.VIETNAMESE);
    }

    @Test
    void answersTheApiInVietnameseWithoutAnAcceptLanguageItSpeaks() {
        assertThat(language("/api/units", "fr, de", null)).isEqualTo(LanguageResolver.VIETNAMESE);
        assertThat(language("/api/units", ";;;q=x", null)).isEqualTo(LanguageResolver.VIETNAMESE);
    }

    @Test
    void answersTheErrorOfAnApiRequestInTheApisLanguage() {
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/units");
        error.addHeader("Accept-Language", "en");
        assertThat(resolver.resolveLocale(error)).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageResolver.isApi(error)).isTrue();
        assertThat(LanguageResolver.isApi(new MockHttpServletRequest("GET", "/apiary"))).isFalse();
    }

    private Locale language(String path, String acceptLanguage, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.setCookies(new Cookie("chitieu-lang", cookie));
        }
        return resolver.resolveLocale(request);
    }
}

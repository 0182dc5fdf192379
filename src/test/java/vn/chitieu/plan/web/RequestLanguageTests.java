package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestLanguageTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none | vi",
        "en | en",
        "en-GB,en;q=0.8 | en",
        "vi-VN,vi;q=0.9,en;q=0.5 | vi",
        "fr-FR,en;q=0.5 | en",
        "fr, de | vi",
        ";;; | vi"})
    void answersInVietnameseUnlessTheRequestPrefersEnglish(String acceptLanguage, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }

        assertThat(RequestLanguage.of(request)).isEqualTo(Locale.forLanguageTag(expected));
    }
}

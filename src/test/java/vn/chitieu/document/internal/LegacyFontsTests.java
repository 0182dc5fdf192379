package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

/** Telling pre-Unicode Vietnamese fonts by name, and how much text in them is too much. */
class LegacyFontsTests {

    @Test
    void knowsTheTcvn3AndVniFontFamilies() {
        assertThat(LegacyFonts.isLegacy(".VnTime")).isTrue();
        assertThat(LegacyFonts.isLegacy(".VnTimeH")).isTrue();
        assertThat(LegacyFonts.isLegacy("VNI-Times")).isTrue();
        assertThat(LegacyFonts.isLegacy("Times New Roman")).isFalse();
        assertThat(LegacyFonts.isLegacy(null)).isFalse();
    }

    @Test
    void refusesOnlyWhenMoreThanAFifthOfTheLettersAreInSuchFonts() {
        LegacyFonts few = new LegacyFonts();
        few.count("Thông qua Kế hoạch phát triển", "Times New Roman");
        few.count("kÌm", ".VnTime");
        LegacyFonts many = new LegacyFonts();
        many.count("Thông qua", "Times New Roman");
        many.count("NghÞ quyÕt sè 13", ".VnTime");

        assertThatCode(() -> few.refuseIfMostlyLegacy("a.doc")).doesNotThrowAnyException();
        assertThat(catchThrowable(() -> many.refuseIfMostlyLegacy("a.doc"))).hasMessageContaining(".VnTime");
    }
}

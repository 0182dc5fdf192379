package vn.chitieu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class FormatsTests {
    static final Locale VI = LanguageResolver.VIETNAMESE;
    static final Locale EN = Locale.ENGLISH;

    @Test
    void writesVietnameseNumbersWithDotThousandsAndDecimalComma() {
        assertThat(Formats.number(1306.5, VI)).isEqualTo("1.306,5");
        assertThat(Formats.number(new BigDecimal("3865.28"), VI)).isEqualTo("3.865,28");
        assertThat(Formats.number(1_234_567, VI)).isEqualTo("1.234.567");
        assertThat(Formats.number(-0.75, VI)).isEqualTo("-0,75");
    }

    @Test
    void writesEnglishNumbersWithCommaThousandsAndDecimalPoint() {
        assertThat(Formats.number(1306.5, EN)).isEqualTo("1,306.5");
        assertThat(Formats.number(1_234_567L, EN)).isEqualTo("1,234,567");
    }

    @Test
    void dropsTrailingZerosButKeepsEveryDecimalItHas() {
        assertThat(Formats.number(new BigDecimal("41.200000"), VI)).isEqualTo("41,2");
        assertThat(Formats.number(new BigDecimal("2.000000"), VI)).isEqualTo("2");
        assertThat(Formats.number(new BigDecimal("1E+3"), VI)).isEqualTo("1.000");
        assertThat(Formats.number(0.1f, VI)).isEqualTo("0,1");
        assertThat(Formats.number(new BigDecimal("0.000123"), EN)).isEqualTo("0.000123");
        assertThat(Formats.number(new BigInteger("12345678901234567890"), VI)).isEqualTo("12.345.678.901.234.567.890");
    }

    @Test
    void roundsToAtMostTheDecimalsAskedFor() {
        assertThat(Formats.number(97.456, 1, VI)).isEqualTo("97,5");
        assertThat(Formats.number(97.04, 1, VI)).isEqualTo("97");
        assertThat(Formats.number(2.5, 0, EN)).isEqualTo("3");
    }

    @Test
    void writesNothingForNoNumberAndTheJavaTextForNonFiniteOnes() {
        assertThat(Formats.number(null, VI)).isEmpty();
        assertThat(Formats.number(Double.NaN, VI)).isEqualTo("NaN");
    }

    @Test
    void writesVietnameseDatesDayFirstWithSlashes() {
        assertThat(Formats.date(LocalDate.of(2025, 12, 24), VI)).isEqualTo("24/12/2025");
        assertThat(Formats.date(LocalDate.of(2026, 6, 3), VI)).isEqualTo("03/06/2026");
    }

    @Test
    void writesEnglishDatesWithTheMonthInWords() {
        assertThat(Formats.date(LocalDate.of(2025, 12, 24), EN)).isEqualTo("24 Dec 2025");
    }

    @Test
    void writesInstantsInVietnamsTimeZone() {
        Instant lateEveningUtc = Instant.parse("2025-12-24T18:30:00Z");
        assertThat(Formats.date(lateEveningUtc, VI)).isEqualTo("25/12/2025");
        assertThat(Formats.dateTime(lateEveningUtc, VI)).isEqualTo("25/12/2025 01:30");
        assertThat(Formats.dateTime(OffsetDateTime.of(2025, 12, 24, 14, 30, 0, 0, ZoneOffset.ofHours(7)), EN)).isEqualTo("24 Dec 2025, 14:30");
        assertThat(Formats.dateTime(LocalDateTime.of(2025, 12, 24, 9, 5), VI)).isEqualTo("24/12/2025 09:05");
        assertThat(Formats.date(null, VI)).isEmpty();
    }

    @Test
    void givesTemplatesTheFormatsOfThePageLanguage() {
        assertThat(render(VI)).isEqualTo("1.306,5 1.307 24/12/2025");
        assertThat(render(EN)).isEqualTo("1,306.5 1,307 24 Dec 2025");
    }

    private static String render(Locale locale) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new FormatDialect());
        Context context = new Context(locale, Map.of("amount", new BigDecimal("1306.50"), "day", LocalDate.of(2025, 12, 24)));
        return engine.process("[[${#vn.number(amount)}]] [[${#vn.number(amount, 0)}]] [[${#vn.date(day)}]]", context);
    }
}

package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LocalFormatTests {
    private final LocalFormat vietnamese = LocalFormat.of(Locale.forLanguageTag("vi"));
    private final LocalFormat english = LocalFormat.of(Locale.ENGLISH);

    @Test
    void writesNumbersAndDatesTheVietnameseWay() {
        assertThat(vietnamese.number(new BigDecimal("1306.5"))).isEqualTo("1.306,5");
        assertThat(vietnamese.number(new BigDecimal("3865.280"))).isEqualTo("3.865,28");
        assertThat(vietnamese.number(new BigDecimal("42"))).isEqualTo("42");
        assertThat(vietnamese.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(vietnamese.date(LocalDate.of(2025, 12, 24))).isEqualTo("24/12/2025");
        assertThat(vietnamese.dateTime(Instant.parse("2025-12-24T07:05:00Z"))).isEqualTo("24/12/2025 14:05");
    }

    @Test
    void writesNumbersAndDatesTheEnglishWay() {
        assertThat(english.number(new BigDecimal("1306.5"))).isEqualTo("1,306.5");
        assertThat(english.date(LocalDate.of(2025, 12, 24))).isEqualTo("24 Dec 2025");
        assertThat(english.dateTime(Instant.parse("2025-12-24T07:05:00Z"))).isEqualTo("24 Dec 2025, 14:05");
    }

    @ParameterizedTest
    @CsvSource({"'3.865,28', 3865.28", "'3865,28', 3865.28", "3865.28, 3865.28", "43.5, 43.5", "'43,5', 43.5", "1.306, 1306",
        "1.306.000, 1306000", "0.500, 0.5", "'1,306', 1.306", "-2, -2", "' 02 ', 2", "'1 306,5', 1306.5"})
    void readsNumbersTypedTheVietnameseWayOrWithADecimalPoint(String typed, String expected) {
        assertThat(vietnamese.parseNumber(typed)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"'1,306', 1306", "'3,865.28', 3865.28", "43.5, 43.5", "'43,5', 43.5"})
    void readsNumbersTypedTheEnglishWay(String typed, String expected) {
        assertThat(english.parseNumber(typed)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"42%", "abc", "1.2.3", "'1,5.6,7'", "12..5", "."})
    void refusesWhatIsNotANumber(String typed) {
        assertThat(vietnamese.parseNumber(typed)).isEmpty();
        assertThat(vietnamese.readsAsNumber(typed)).isFalse();
    }

    @Test
    void takesABlankNumberForNoNumber() {
        assertThat(vietnamese.parseNumber(" ")).isEmpty();
        assertThat(vietnamese.readsAsNumber(" ")).isTrue();
    }

    @Test
    void readsDatesAsDayMonthYearOrIso() {
        assertThat(LocalFormat.parseDate("24/12/2025")).contains(LocalDate.of(2025, 12, 24));
        assertThat(LocalFormat.parseDate("5/7/2026")).contains(LocalDate.of(2026, 7, 5));
        assertThat(LocalFormat.parseDate("2026-07-15")).contains(LocalDate.of(2026, 7, 15));
        assertThat(LocalFormat.parseDate("31/02/2026")).isEmpty();
        assertThat(LocalFormat.parseDate("24/12/25")).isEmpty();
        assertThat(LocalFormat.typedDate(LocalDate.of(2026, 7, 5))).isEqualTo("05/07/2026");
    }
}

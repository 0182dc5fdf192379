package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word's list counters written as numbers, letters and Roman numerals. */
class ListLabelsTests {

    @Test
    void writesRomanNumerals() {
        assertThat(ListLabels.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(ListLabels.format(14, "upperRoman")).isEqualTo("XIV");
        assertThat(ListLabels.format(2026, "upperRoman")).isEqualTo("MMXXVI");
        assertThat(ListLabels.format(9, "lowerRoman")).isEqualTo("ix");
    }

    @Test
    void writesLettersAndDoublesThemAfterZ() {
        assertThat(ListLabels.format(1, "lowerLetter")).isEqualTo("a");
        assertThat(ListLabels.format(26, "lowerLetter")).isEqualTo("z");
        assertThat(ListLabels.format(27, "lowerLetter")).isEqualTo("aa");
        assertThat(ListLabels.format(3, "upperLetter")).isEqualTo("C");
    }

    @Test
    void padsDecimalZeroAndFallsBackOnDecimal() {
        assertThat(ListLabels.format(2, "decimalZero")).isEqualTo("02");
        assertThat(ListLabels.format(12, "decimalZero")).isEqualTo("12");
        assertThat(ListLabels.format(7, "ordinal")).isEqualTo("7");
        assertThat(ListLabels.format(7, "none")).isEmpty();
    }

    @Test
    void writesNumbersOutsideTheRangeOfLettersAndNumeralsAsDigits() {
        assertThat(ListLabels.format(0, "upperRoman")).isEqualTo("0");
        assertThat(ListLabels.format(0, "lowerLetter")).isEqualTo("0");
    }
}

package vn.chitieu.document.internal;

import java.util.Locale;

/** Writes a list counter the way Word shows it for a numbering format ("decimal", "lowerLetter", …). */
final class ListLabels {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private ListLabels() {}

    static String format(int value, String numberFormat) {
        switch (numberFormat) {
            case "none": return "";
            case "decimalZero": return value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
            case "lowerLetter": return letters(value);
            case "upperLetter": return letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman": return roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman": return roman(value);
            default: return Integer.toString(value);
        }
    }

    /** a … z, then aa … zz, as Word counts letters. */
    private static String letters(int value) {
        if (value < 1) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat(Math.min(20, (value - 1) / 26 + 1));
    }

    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return Integer.toString(value);
        }
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                roman.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return roman.toString();
    }
}

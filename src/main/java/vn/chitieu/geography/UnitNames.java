package vn.chitieu.geography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * How unit names are matched: without case, tone marks or other diacritics, so that "Đông Khê",
 * "dong khe" and "ĐÔNG  KHÊ" are the same name, and "Hoà" (old tone placement) is "Hòa".
 */
public final class UnitNames {
    /** The unit types as a person may type them before a name, folded: "xa dong khe", "tp ha noi". */
    private static final Map<String, String> TYPE_WORDS = Map.of(
            "xa", "xã",
            "phuong", "phường",
            "dac khu", "đặc khu",
            "tinh", "tỉnh",
            "thanh pho", "thành phố",
            "tp", "thành phố");

    private UnitNames() {}

    /**
     * The name folded for search: lower case, decomposed (NFD) with the combining marks removed, đ
     * as d, apostrophes dropped ("Ea H'Leo" → "ea hleo"), any other run of non-letters and
     * non-digits as one space, no leading or trailing space.
     */
    public static String searchKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) {
                key.append(' ');
            }
            gap = false;
            key.append(c == 'đ' ? 'd' : c);
        }
        return key.toString();
    }

    /** The type folded into one message-key word: "đặc khu" → "dac-khu". */
    static String typeKey(String type) {
        return searchKey(type).replace(' ', '-');
    }

    /**
     * What a search text asks for. "xã Đông Khê" may ask for a unit of type "xã" named like "dong
     * khe", or for one whose name reads "xa dong khe" (there is a "Xa Dung", a "Phương Liệt"): the
     * search tries both.
     */
    static Query query(String text) {
        String key = searchKey(text);
        for (Map.Entry<String, String> word : TYPE_WORDS.entrySet()) {
            String prefix = word.getKey() + " ";
            if (key.startsWith(prefix)) {
                return new Query(key, word.getValue(), key.substring(prefix.length()));
            }
        }
        return new Query(key, null, null);
    }

    /**
     * @param key the whole text folded
     * @param type the unit type named by the text's first words, as stored ("xã"), or {@code null}
     * @param name the folded words after that type, or {@code null}
     */
    record Query(String key, String type, String name) {}

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}

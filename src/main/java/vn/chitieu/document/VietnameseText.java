package vn.chitieu.document;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Vietnamese-aware text folding for matching. Folding never changes what is shown to a person: it
 * produces a lookup key of the same length as its input, so an index found in the folded text is an
 * index in the original.
 */
public final class VietnameseText {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    // Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement: the tone moves to the first vowel.
    private static final String OLD_PLACEMENT_A = "àáảãạ";
    private static final String OLD_PLACEMENT_E = "èéẻẽẹ";
    private static final String OLD_PLACEMENT_Y = "ỳýỷỹỵ";
    private static final String NEW_PLACEMENT_O = "òóỏõọ";
    private static final String NEW_PLACEMENT_U = "ùúủũụ";

    private VietnameseText() {}

    public static String nfc(String text) {
        return NFC.normalize(text);
    }

    /**
     * Lower case with tone marks placed the new way ("Hoá" and "hóa" both fold to "hóa"). The
     * input must be NFC; the result has the same length.
     */
    public static String fold(String text) {
        char[] out = lowerCharByChar(text);
        for (int i = 1; i < out.length; i++) {
            boolean syllableEnd = i + 1 == out.length || !Character.isLetter(out[i + 1]);
            if (!syllableEnd) {
                continue;
            }
            char prev = out[i - 1];
            char cur = out[i];
            int tone;
            if (prev == 'o' && (tone = OLD_PLACEMENT_A.indexOf(cur)) >= 0) {
                out[i - 1] = NEW_PLACEMENT_O.charAt(tone);
                out[i] = 'a';
            } else if (prev == 'o' && (tone = OLD_PLACEMENT_E.indexOf(cur)) >= 0) {
                out[i - 1] = NEW_PLACEMENT_O.charAt(tone);
                out[i] = 'e';
            } else if (prev == 'u' && (tone = OLD_PLACEMENT_Y.indexOf(cur)) >= 0
                    && !(i >= 2 && out[i - 2] == 'q')) {
                out[i - 1] = NEW_PLACEMENT_U.charAt(tone);
                out[i] = 'y';
            }
        }
        return new String(out);
    }

    /** Lower case without any diacritics ("Đông Khê" → "dong khe"), for search. */
    public static String strip(String text) {
        String decomposed = NFD.normalize(text.toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c);
        }
        return sb.toString();
    }

    private static char[] lowerCharByChar(String text) {
        char[] out = new char[text.length()];
        text.getChars(0, out.length, out, 0);
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < LOWER.length) {
                out[i] = LOWER[c];
            } else {
                out[i] = Character.toLowerCase(c);
            }
        }
        return out;
    }

    /** Lower case of every character up to the end of the Vietnamese letters (U+1EFF), looked up. */
    private static final char[] LOWER = new char[0x1F00];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
        }
    }
}

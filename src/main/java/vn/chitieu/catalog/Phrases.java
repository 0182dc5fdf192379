package vn.chitieu.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chitieu.document.VietnameseText;

/**
 * How an indicator's wording is compared: folded to plain letters (NFC, the tone mark placed the
 * new way, then NFD with every mark dropped and đ → d, so "thuỷ sản", "thủy sản" and "thuy san"
 * are one phrase), the words that any indicator may carry ("tỷ lệ", "đạt", "trên địa bàn", a year)
 * taken out, and the rest cut into syllables and pairs of syllables (most Vietnamese words have two).
 */
final class Phrases {
    /**
     * Words at the start that say nothing about which indicator it is, folded. "tỷ lệ" and "số" go
     * too: the unit tells a rate from a count ("tỷ lệ hộ nghèo" % against "số hộ nghèo" hộ).
     * Only at the start, because folding makes other words of them ("hồ sơ" → "ho so").
     */
    private static final List<String> LEADING = List.of("ty le", "tong so", "tong", "so", "giam", "tang", "duy tri", "phan dau",
            "xa", "phuong", "dac khu");
    /** Words that say nothing wherever they stand. */
    private static final List<String> ANYWHERE = List.of("tren dia ban xa", "tren dia ban phuong", "tren dia ban dac khu",
            "tren dia ban", "dia ban", "cua xa", "cua phuong", "toan xa", "dat", "duoc", "cac", "nhung", "cua", "trong nam", "hang nam",
            "moi nam", "nam", "it nhat", "tro len", "theo quy dinh", "tren", "va", "hoac", "bi");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9%]+");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern FILLER = Pattern.compile("\\b(" + String.join("|", ANYWHERE) + ")\\b");
    private static final Pattern LEADING_FILLER = Pattern.compile("^((" + String.join("|", LEADING) + ") )+");

    private Phrases() {}

    /** Plain letters, lower case, single spaces: "Thuỷ sản" and "thủy  sản" → "thuy san". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = VietnameseText.strip(VietnameseText.fold(VietnameseText.nfc(text)));
        return NOT_A_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** The folded words that tell the indicator, fillers and numbers taken out. */
    static String essential(String text) {
        String words = LEADING_FILLER.matcher(fold(text) + " ").replaceAll("");
        words = NUMBER.matcher(words).replaceAll(" ");
        return FILLER.matcher(words).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The syllables and pairs of syllables of the essential words. */
    static Set<String> grams(String text) {
        String essential = essential(text);
        Set<String> grams = new LinkedHashSet<>();
        if (essential.isEmpty()) {
            return grams;
        }
        String[] words = essential.split(" ");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            grams.add(words[i]);
            if (i + 1 < words.length) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
        }
        grams.addAll(pairs);
        return grams;
    }
}

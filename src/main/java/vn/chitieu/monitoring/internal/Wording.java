package vn.chitieu.monitoring.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.chitieu.document.VietnameseText;

/** Words of a sheet compared with a plan's: folded without diacritics or case, and how much two texts share. */
final class Wording {
    private Wording() {}

    /** Lower case without diacritics, every run of other than letters, digits and % one space: "Đơn vị\ntính" → "don vi tinh". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return VietnameseText.strip(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    /**
     * How alike two texts are, 0 to 1: the Dice coefficient of their syllables and pairs of
     * syllables (Vietnamese words are mostly two syllables), so "thu ngân sách" is closer to
     * "thu ngân sách nhà nước" than to "thu nhập".
     */
    static double similarity(String a, String b) {
        Set<String> left = grams(fold(a));
        Set<String> right = grams(fold(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return 2.0 * shared.size() / (left.size() + right.size());
    }

    /** A unit written the usual ways, as one key: "Triệu đồng", "trđ", "tr.đ" → "trieudong"; "Hecta" → "ha". */
    static String unit(String unit) {
        String key = fold(unit).replace(" ", "");
        return switch (key) {
            case "trd", "trieu", "tr" -> "trieudong";
            case "ty", "tyd", "tydong", "ti", "tidong" -> "tydong";
            case "nghind", "ngand", "ngandong" -> "nghindong";
            case "hecta", "hectare", "hec" -> "ha";
            case "kilomet", "kilometre", "kilometer" -> "km";
            case "phantram", "tyle" -> "%";
            default -> key;
        };
    }

    static boolean isPercent(String unit) {
        return unit != null && unit(unit).equals("%");
    }

    private static Set<String> grams(String folded) {
        Set<String> grams = new HashSet<>();
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        for (int i = 0; i < words.length; i++) {
            grams.add(words[i]);
            if (i + 1 < words.length) {
                grams.add(words[i] + " " + words[i + 1]);
            }
        }
        return grams;
    }
}

package vn.chitieu.extraction.numeral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in Vietnamese words: "mười lăm", "hai mươi mốt", "một trăm linh năm", "ba
 * nghìn". A lone "một" (also the article "a") or "năm" (also "year") is not read as a number.
 */
final class WordNumerals {
    static final String RULE = "number written in words";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Integer> DIGIT = Map.ofEntries(
            Map.entry("không", 0), Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5),
            Map.entry("lăm", 5), Map.entry("nhăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
            Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9));

    private WordNumerals() {}

    static List<Numeral> find(String folded) {
        if (!mayHoldNumberWords(folded)) {
            return List.of();
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Numeral> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Parse best = parse(folded, words, i);
            if (best == null) {
                i++;
                continue;
            }
            found.add(new Numeral(words.get(i)[0], words.get(best.last)[1], best.value, RULE));
            i = best.last + 1;
        }
        return found;
    }

    private static final String[] NUMBER_WORDS = {
        "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ"
    };

    /**
     * A cheap first look: text without any of these words holds no number in words ("một" and "năm"
     * alone are never read as numbers, and with another number word they come with one of these).
     */
    private static boolean mayHoldNumberWords(String folded) {
        for (String word : NUMBER_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private record Parse(int last, BigDecimal value) {}

    /** The longest valid number starting at word {@code first}, or null. */
    private static Parse parse(String text, List<int[]> words, int first) {
        long total = 0;
        long group = 0;
        int pending = -1;
        String previous = null;
        Parse best = null;
        for (int i = first; i < words.size(); i++) {
            if (i > first && !onlySpaceBetween(text, words.get(i - 1)[1], words.get(i)[0])) {
                break;
            }
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            boolean afterTens = "mươi".equals(previous) || "mười".equals(previous);
            boolean afterLinh = "linh".equals(previous) || "lẻ".equals(previous);
            if (DIGIT.containsKey(w)) {
                int d = DIGIT.get(w);
                boolean onlyAfterTens = w.equals("mốt") || w.equals("lăm") || w.equals("nhăm") || w.equals("tư");
                if (afterTens || afterLinh) {
                    if (w.equals("năm") && afterTens) {
                        break;
                    }
                    group += d;
                } else if (pending < 0 && !onlyAfterTens && (previous == null || isScale(previous) || "trăm".equals(previous))) {
                    pending = d;
                } else {
                    break;
                }
            } else if (w.equals("mười") && pending < 0 && !afterTens) {
                group += 10;
            } else if (w.equals("mươi") && pending >= 2) {
                group += pending * 10L;
                pending = -1;
            } else if (w.equals("trăm") && pending >= 0) {
                group += pending * 100L;
                pending = -1;
            } else if ((w.equals("linh") || w.equals("lẻ")) && "trăm".equals(previous)) {
                previous = w;
                continue;
            } else if (isScale(w) && (pending >= 0 || group > 0) && !isScale(previous)) {
                group += Math.max(pending, 0);
                pending = -1;
                total += group * scale(w);
                group = 0;
            } else {
                break;
            }
            previous = w;
            long value = total + group + Math.max(pending, 0);
            boolean lone = i == first && (w.equals("một") || w.equals("năm") || w.equals("không"));
            if (!lone) {
                best = new Parse(i, BigDecimal.valueOf(value));
            }
        }
        return best;
    }

    private static boolean isScale(String w) {
        return w != null && (w.equals("nghìn") || w.equals("ngàn") || w.equals("triệu") || w.equals("tỷ"));
    }

    private static long scale(String w) {
        return Numerals.scale(w).longValueExact();
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return to > from;
    }
}

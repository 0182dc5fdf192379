package vn.chitieu.extraction.comparator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.extraction.Lookback;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.quantity.Quantities;
import vn.chitieu.extraction.quantity.Quantity;
import vn.chitieu.extraction.quantity.Units;

/**
 * Reads how a target value is compared from the words around it. A level stated without a
 * comparator word is a level to reach (GE); "trở lên" after the value wins over "trên" before it.
 */
public final class Comparators {
    private record Rule(String words, Comparator comparator, String name) {}

    /** Checked in order against the words just before the value; the first that ends there wins. */
    private static final List<Rule> BEFORE = List.of(
            rule("trên dưới", Comparator.APPROX, "'trên dưới' before the value: about"),
            rule("không dưới|không thấp hơn|không ít hơn", Comparator.GE, "'không dưới' before the value: at least"),
            rule("(?:giảm |hạ )?(?:xuống |chỉ )?còn dưới|(?:giảm |hạ )?xuống dưới|dưới|thấp hơn|nhỏ hơn|chưa đến|chưa tới",
                    Comparator.LT, "'dưới' before the value: strictly below"),
            rule("không vượt quá|không quá|tối đa|không cao hơn|không lớn hơn|không vượt",
                    Comparator.LE, "'không quá', 'tối đa' before the value: at most"),
            rule("(?:giảm |hạ )?xuống còn|giảm còn|chỉ còn|còn", Comparator.LE,
                    "'xuống còn' before the value: a level to come down to"),
            rule("không dưới|không thấp hơn|ít nhất|tối thiểu|từ", Comparator.GE,
                    "'ít nhất', 'tối thiểu', 'từ' before the value: at least"),
            rule("trên|hơn|vượt|cao hơn|lớn hơn|vượt trên", Comparator.GT, "'trên', 'hơn' before the value: strictly above"),
            rule("khoảng chừng|khoảng|xấp xỉ|chừng|ước khoảng", Comparator.APPROX, "'khoảng' before the value: about"),
            rule("bằng|đúng", Comparator.EQ, "'bằng' before the value: exactly"));

    /**
     * All the rules in one pattern, one named group each: the longest phrase that ends just before the
     * value wins ("không dưới" over "dưới"), and between rules of the same length, the earlier rule.
     */
    private static final Pattern ANY_BEFORE = anyBefore();

    private static Pattern anyBefore() {
        StringBuilder sb = new StringBuilder("(?:");
        for (int r = 0; r < BEFORE.size(); r++) {
            sb.append(r == 0 ? "" : "|").append("(?<r").append(r).append(">").append(BEFORE.get(r).words).append(")");
        }
        return Pattern.compile(sb.append(")\\s*$").toString());
    }

    /** The words a comparator phrase can end with: a value after any other word has none. */
    private static final java.util.Set<String> COMPARATOR_LAST_WORDS = java.util.Set.of(
            "dưới", "quá", "đa", "hơn", "vượt", "còn", "nhất", "thiểu", "từ", "trên", "khoảng", "xỉ", "chừng", "bằng",
            "đúng", "đến", "tới");
    private static final java.util.Set<String> LEAD_LAST_WORDS = java.util.Set.of("đạt", "là", "mức", "lên", "được");

    /** The last space-separated word of {@code text}. */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Words that may open a comparator expression without changing its meaning. */
    private static final Pattern LEAD = Pattern.compile("(?:(?:phấn đấu )?(?:đạt|là|ở mức|đạt mức|lên|được)\\s+)$");
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*trở lên");
    private static final Pattern AT_MOST_AFTER = Pattern.compile("^\\s*trở xuống");

    private Comparators() {}

    private static Rule rule(String words, Comparator comparator, String name) {
        return new Rule(words, comparator, name);
    }

    /** Every comparator expression in {@code folded}: one per quantity that can be a target value. */
    public static List<ComparatorExpression> find(String folded) {
        List<ComparatorExpression> found = new ArrayList<>();
        int from = 0;
        for (Quantity q : Quantities.find(folded)) {
            if (q.unit() == null && q.end() < folded.length() && Units.isDescriptor(folded, skipSpaces(folded, q.end()))) {
                from = q.end();
                continue;
            }
            found.add(judge(folded, q, from));
            from = q.end();
        }
        return found;
    }

    /** How {@code q} is compared, looking back no further than {@code from}. */
    public static ComparatorExpression judge(String folded, Quantity q, int from) {
        String before = Lookback.tail(folded.substring(from, q.start()));
        int beforeStart = q.start() - before.length();
        String after = folded.substring(q.end(), Math.min(folded.length(), q.end() + 12));
        int end = q.end();
        Matcher atLeast = AT_LEAST_AFTER.matcher(after);
        Matcher atMost = AT_MOST_AFTER.matcher(after);
        int start = q.start();
        Comparator comparator = null;
        String name = null;
        int at = COMPARATOR_LAST_WORDS.contains(lastWord(before)) ? Lookback.wordsMatching(before, ANY_BEFORE, 5) : -1;
        if (at >= 0) {
            Matcher m = ANY_BEFORE.matcher(before).region(at, before.length());
            m.lookingAt();
            for (int r = 0; r < BEFORE.size(); r++) {
                if (m.group("r" + r) != null) {
                    comparator = BEFORE.get(r).comparator;
                    name = BEFORE.get(r).name;
                    start = beforeStart + at;
                    break;
                }
            }
        }
        if (q.isRange()) {
            comparator = Comparator.RANGE;
            name = "two values joined by a dash or 'đến': a range";
        } else if (atLeast.lookingAt()) {
            comparator = Comparator.GE;
            name = "'trở lên' after the value: at least";
            end = q.end() + atLeast.end();
        } else if (atMost.lookingAt()) {
            comparator = Comparator.LE;
            name = "'trở xuống' after the value: at most";
            end = q.end() + atMost.end();
        } else if (comparator == null) {
            comparator = Comparator.GE;
            name = "a level stated without a comparator: to reach at least";
        }
        String leadWindow = Lookback.tail(folded.substring(from, start));
        int lead = LEAD_LAST_WORDS.contains(lastWord(leadWindow)) ? Lookback.wordsMatching(leadWindow, LEAD, 4) : -1;
        if (lead >= 0) {
            start = start - leadWindow.length() + lead;
        }
        return new ComparatorExpression(start, end, comparator, q, name);
    }

    private static int skipSpaces(String s, int at) {
        while (at < s.length() && s.charAt(at) == ' ') {
            at++;
        }
        return at;
    }
}

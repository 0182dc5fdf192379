package vn.chitieu.extraction.target;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.Lookback;

/**
 * A target's subject as a short noun phrase: the words around it that say how it is measured
 * ("Phấn đấu", "đạt", "đến năm 2030", "so với") are stripped, one at a time, on folded text.
 */
final class Subjects {
    /** One word or mark that may open a subject but is not part of it ("Phấn đấu", "Đến năm 2030,"). */
    private static final Pattern LEADING = Pattern.compile(
            "(?:[\\s,.;:(+\\-–]+|(?:phấn đấu|phần đầu tư|tiếp tục|(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+\\d{4}|năm\\s+\\d{4}"
                    + "|duy trì|giảm|tăng thu|tăng|hoàn thành|thực hiện|có thêm|trong đó|mức)(?![\\p{L}]))");
    /** A word that may close a subject but is not part of it ("đạt", "đến năm 2030", "so với"). */
    private static final Pattern TRAILING = Pattern.compile(
            "(?:đạt|là|tăng|giảm|bình quân(?:\\s+(?:hằng|hàng|mỗi)\\s+năm)?|hằng năm|lên|xuống còn|xuống|còn"
                    + "|khoảng|trên|hơn|ít nhất|tối thiểu|từ|dưới|so với(?:\\s+năm\\s+\\d{4})?"
                    + "|(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+\\d{4}|năm\\s+\\d{4}|(?:trên\\s+một\\s+đơn vị diện tích\\s*)?\\(ha\\))$");
    private static final String TRAILING_MARKS = " ,.;:)";

    /** The subject without the words around it that say how it is measured. Matching is on folded text. */
    static String clean(String raw) {
        String original = raw.strip();
        String folded = VietnameseText.fold(original);
        int start = 0;
        int end = folded.length();
        while (start < end) {
            if (mayLead(folded, start)) {
                Matcher lead = LEADING.matcher(folded).region(start, end);
                if (lead.lookingAt() && lead.end() > start) {
                    start = lead.end();
                    continue;
                }
            }
            if (TRAILING_MARKS.indexOf(folded.charAt(end - 1)) >= 0 || Character.isWhitespace(folded.charAt(end - 1))) {
                end--;
                continue;
            }
            if (!mayTrail(folded, start, end)) {
                break;
            }
            String tail = Lookback.tail(folded.substring(start, end));
            int word = Lookback.wordsMatching(tail, TRAILING, 6);
            if (word >= 0) {
                end = end - tail.length() + word;
                continue;
            }
            break;
        }
        String s = original.substring(start, Math.max(start, end)).strip();
        if (s.startsWith("(") && !s.contains(")")) {
            s = s.substring(1).strip();
        }
        return s.contains("  ") || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 ? WHITE_SPACE.matcher(s).replaceAll(" ") : s;
    }

    /** The words after a value that opens its clause ("91% số thôn …"): "số" goes. */
    static String cleanAfterValue(String rest) {
        return clean(LEADING_NUMBER_WORD.matcher(rest).replaceFirst(""));
    }

    private static final Pattern LEADING_NUMBER_WORD = Pattern.compile("^\\s*(?:số\\s+)?");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final Set<String> LEADING_FIRST_WORDS = Set.of("phấn", "phần", "tiếp", "đến", "tới",
            "năm", "duy", "giảm", "tăng", "hoàn", "thực", "có", "trong", "mức");
    private static final Set<String> TRAILING_LAST_WORDS = Set.of("đạt", "là", "tăng", "giảm", "quân",
            "năm", "lên", "còn", "xuống", "khoảng", "trên", "hơn", "nhất", "thiểu", "từ", "dưới", "với", "(ha)");

    /** Whether a subject starting at {@code start} may open with one of the words {@link #LEADING} strips. */
    private static boolean mayLead(String folded, int start) {
        if (start >= folded.length()) {
            return false;
        }
        char first = folded.charAt(start);
        if (Character.isWhitespace(first) || ",.;:(+-–".indexOf(first) >= 0) {
            return true;
        }
        int end = start;
        while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return LEADING_FIRST_WORDS.contains(folded.substring(start, end));
    }

    /** Whether a subject may end with one of the words {@link #TRAILING} strips (or a year). */
    private static boolean mayTrail(String folded, int from, int end) {
        int start = Math.max(from, folded.lastIndexOf(' ', end - 1) + 1);
        String last = folded.substring(start, end);
        return TRAILING_LAST_WORDS.contains(last) || (last.length() == 4 && last.chars().allMatch(Character::isDigit));
    }

    private Subjects() {}

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

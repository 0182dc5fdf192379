package vn.chitieu.search;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How search reads text: lower case, decomposed (NFD) with the combining marks removed and đ as d
 * ("Che phủ rừng" is "che phu rung"), split into words of letters and digits. The query is read
 * this way in Java and the stored text the same way by the database, so a person may type with or
 * without diacritics. Every word keeps where it stands in the original text, for the highlights.
 */
public final class SearchText {
    /** More words than this in a query are ignored: they would only make the search slower. */
    public static final int MAX_WORDS = 10;
    /**
     * The last word of a query of at least this many letters also finds the words it begins ("run"
     * finds "rừng"): it may still be being typed. A shorter one ("so") would begin too many words
     * to look through quickly, so it must be whole.
     */
    public static final int MIN_PREFIX = 3;
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** Each character up to the end of the Vietnamese letters (U+1EFF) folded, looked up; 0 for a mark to drop. */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldSlowly(c);
        }
    }

    private SearchText() {}

    /** A word of a text: where it stands in the original ({@code start} inclusive, {@code end} exclusive) and its folded form. */
    public record Word(int start, int end, String folded) {}

    /** The whole text folded: "Tỷ lệ CHE PHỦ rừng" → "ty le che phu rung"; marks removed, other characters kept. */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c != 0) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** The distinct folded words of a query, in order, at most {@value #MAX_WORDS}; none for a text of punctuation only. */
    public static List<String> queryWords(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (Word word : words(query)) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            words.add(word.folded());
        }
        return List.copyOf(words);
    }

    /** Is the query's {@code i}th word looked for as the beginning of words? */
    public static boolean asPrefix(List<String> queryWords, int i) {
        return i == queryWords.size() - 1 && queryWords.get(i).length() >= MIN_PREFIX;
    }

    /** The words of a text with their places: runs of letters and digits (a combining mark stays with its letter). */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            char f = fold(c);
            if (f == 0 && start >= 0) {
                continue;
            }
            if (f != 0 && Character.isLetterOrDigit(f)) {
                if (start < 0) {
                    start = i;
                }
                folded.append(f);
            } else if (start >= 0) {
                words.add(new Word(start, i, folded.toString()));
                folded.setLength(0);
                start = -1;
            }
        }
        return words;
    }

    private static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
    }

    private static char foldSlowly(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
        if (lower.equals("đ")) {
            return 'd';
        }
        String decomposed = NFD.normalize(lower);
        return decomposed.length() == 0 ? c : decomposed.charAt(0);
    }
}

package vn.chitieu.extraction;

/**
 * The last few words before a position. Rules that ask "which words end here?" look only this far
 * back, so a long clause costs no more than a short one.
 */
public final class Lookback {
    private static final int CHARS = 60;

    private Lookback() {}

    /**
     * Where the earliest of the last {@code words} space-separated words of {@code text} starts from
     * which {@code endPattern} matches up to the end of the text; -1 when it matches from none. The
     * pattern should end with {@code $}. Trying a few word starts is much cheaper than letting a
     * pattern search every position of a long clause.
     */
    public static int wordsMatching(String text, java.util.regex.Pattern endPattern, int words) {
        return wordsMatching(text, endPattern, wordStarts(text, words));
    }

    /** The same, with the word starts from {@link #wordStarts} (to ask several patterns of one text). */
    public static int wordsMatching(String text, java.util.regex.Pattern endPattern, int[] starts) {
        java.util.regex.Matcher m = endPattern.matcher(text);
        for (int k = starts.length - 1; k >= 0; k--) {
            m.region(starts[k], text.length());
            if (m.lookingAt()) {
                return starts[k];
            }
        }
        return -1;
    }

    /** Where the last {@code words} space-separated words of {@code text} start, the last one first. */
    public static int[] wordStarts(String text, int words) {
        int[] starts = new int[words];
        int count = 0;
        for (int i = text.length() - 1; i >= 0 && count < words; i--) {
            boolean tokenStart = !Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (tokenStart) {
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The end of {@code text}: at most about {@value #CHARS} characters, starting at a word boundary. */
    public static String tail(String text) {
        if (text.length() <= CHARS) {
            return text;
        }
        int from = text.length() - CHARS;
        int space = text.indexOf(' ', from);
        return space < 0 ? text.substring(from) : text.substring(space);
    }
}

package vn.chitieu.extraction;

/**
 * The last few words before a position. Rules that ask "which words end here?" look only this far
 * back, so a long clause costs no more than a short one.
 */
public final class Lookback {
    private static final int CHARS = 60;

    private Lookback() {}

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

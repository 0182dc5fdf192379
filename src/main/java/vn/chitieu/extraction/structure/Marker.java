package vn.chitieu.extraction.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a paragraph is numbered: "Điều 2.", "II.", "3.2.1.", "a)", "C." (parts A., B., C.), "(6).",
 * "- (1)", "+", or not at all. {@code ref} is the number as written without its trailing dot;
 * {@code bodyStart} is where the text after the marker begins.
 */
public record Marker(Kind kind, String ref, int bodyStart) {

    public enum Kind {
        ARTICLE,
        ROMAN,
        DECIMAL,
        LETTER,
        PAREN,
        BULLET,
        NONE
    }

    private static final String VIETNAMESE_ALPHABET = "abcdđeghiklmnopqrstuvxy";

    private record Form(Kind kind, Pattern pattern) {}

    private static final List<Form> FORMS = List.of(
            new Form(Kind.ARTICLE, Pattern.compile("^Điều\\s+(\\d{1,2})\\s*[.:]?\\s*")),
            new Form(Kind.PAREN, Pattern.compile("^(?:[-–+]\\s*)?\\((\\d{1,3})\\)\\s*[.:]?\\s*")),
            new Form(Kind.ROMAN, Pattern.compile("^([IVXL]{1,6})\\s*[.)]\\s*(?=\\S)")),
            new Form(Kind.DECIMAL, Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,4})\\.?\\)?\\s+(?=\\S)")),
            new Form(Kind.DECIMAL, Pattern.compile("^(\\d{1,2})[.)]\\s*(?=\\p{L}|[\"“])")),
            new Form(Kind.DECIMAL, Pattern.compile("^(\\d{1,2})[.)]\\s+(?=\\d{1,3}(?:[,.]\\d+)?\\s?%)")),
            new Form(Kind.LETTER, Pattern.compile("^([a-zđ])[.)]\\s+(?=\\S)")),
            // Capital letters number the parts of a resolution (A., B., C.); later ones are no parts ("Q. CHỦ TỊCH").
            new Form(Kind.LETTER, Pattern.compile("^([A-HĐ])[.)]\\s+(?=\\p{Lu})")),
            new Form(Kind.BULLET, Pattern.compile("^([-–+•*])\\s*(?=\\S)")));

    public static Marker of(String text) {
        if (!mayOpenWithMarker(text)) {
            return new Marker(Kind.NONE, null, 0);
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern.matcher(text);
            if (m.lookingAt()) {
                return new Marker(form.kind, m.group(1), m.end());
            }
        }
        return new Marker(Kind.NONE, null, 0);
    }

    /** A cheap look at the first characters: most paragraphs open with a word, not a marker. */
    private static boolean mayOpenWithMarker(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (Character.isDigit(first) || "(-–+•*".indexOf(first) >= 0 || "IVXL".indexOf(first) >= 0) {
            return true;
        }
        if (text.startsWith("Điều")) {
            return true;
        }
        return Character.isLetter(first) && text.length() > 1 && (text.charAt(1) == '.' || text.charAt(1) == ')');
    }

    /** A numbered heading (not an item "(1)", a bullet or an article). */
    public boolean isHeading() {
        return kind == Kind.ROMAN || kind == Kind.DECIMAL || kind == Kind.LETTER;
    }

    /** The number an item carries: "(6)" → 6, "2.1.3" → 3, "a" → 1. */
    public int number() {
        if (ref == null) {
            return 0;
        }
        return switch (kind) {
            case LETTER -> VIETNAMESE_ALPHABET.indexOf(Character.toLowerCase(ref.charAt(0))) + 1;
            case ROMAN -> Roman.value(ref);
            default -> Integer.parseInt(ref.substring(ref.lastIndexOf('.') + 1));
        };
    }
}

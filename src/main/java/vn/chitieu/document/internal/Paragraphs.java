package vn.chitieu.document.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts a page's wrapped lines (from a PDF or from OCR) back into paragraphs, one line each: a line
 * continues the one above when that one was full (the line's first word would not have fitted at its
 * end), it follows at the usual line spacing, it is not indented further, and it does not open a list
 * item or an article. A gap of more than an empty line's height becomes a blank line.
 */
final class Paragraphs {

    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            "(?:\\(\\d{1,3}\\)|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ]\\)\\s|[a-zđA-ZĐ]\\.\\s+\\p{Lu}|[IVXLC]+\\.\\s"
                    + "|(?:Điều|Chương|Mục|Phần)\\s+(?:\\d+|[IVXLC]+)\\b)");
    /** Also the hyphen of "kinh tế - xã hội" when a line happens to wrap before it. */
    private static final Pattern DASHED_ITEM = Pattern.compile("[-+•–*]\\s");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]$");
    private static final float NEXT_LINE = 1.5f;
    private static final float BLANK_LINE = 1.75f;
    private static final float MIN_COLUMN_SHARE = 0.5f;

    private Paragraphs() {}

    /** The page's text, each paragraph ending with a line break; "" for a page without text. */
    static String of(PageLines page) {
        List<TextLine> lines = page.lines();
        if (lines.isEmpty()) {
            return "";
        }
        float rightEdge = textColumnRightEdge(lines, page.width());
        float spacing = usualLineSpacing(lines);
        StringBuilder text = new StringBuilder();
        TextLine previous = null;
        for (TextLine line : lines) {
            if (previous != null) {
                if (continues(previous, line, rightEdge, spacing)) {
                    text.append(' ');
                } else {
                    text.append('\n');
                    if (line.baseline() - previous.baseline() > BLANK_LINE * spacing) {
                        text.append('\n');
                    }
                }
            }
            text.append(line.text());
            previous = line;
        }
        return text.append('\n').toString();
    }

    private static boolean continues(TextLine previous, TextLine line, float rightEdge, float spacing) {
        float drop = line.baseline() - previous.baseline();
        boolean wasFull = rightEdge - previous.right() < line.firstWordWidth() + line.spaceWidth() + 1;
        boolean hangingIndent = NUMBERED_ITEM.matcher(previous.text()).lookingAt()
                || DASHED_ITEM.matcher(previous.text()).lookingAt();
        boolean indented = line.left() > previous.left() + 2 * line.spaceWidth() && !hangingIndent;
        return !previous.tabular() && !line.tabular()
                && drop > 0 && drop < NEXT_LINE * spacing
                && wasFull && !indented
                && !opensItem(line.text(), previous.text());
    }

    /** A dash opens an item only after a finished clause; mid-sentence it is a hyphen that wrapped. */
    private static boolean opensItem(String line, String previous) {
        return NUMBERED_ITEM.matcher(line).lookingAt()
                || DASHED_ITEM.matcher(line).lookingAt() && CLAUSE_END.matcher(previous).find();
    }

    /**
     * Where full lines end: the rightmost line end, unless no line spans half the page (a signature or
     * title page), where no line counts as full.
     */
    private static float textColumnRightEdge(List<TextLine> lines, float pageWidth) {
        float left = (float) lines.stream().mapToDouble(TextLine::left).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(TextLine::right).max().orElse(0);
        return right - left >= MIN_COLUMN_SHARE * pageWidth ? right : Float.MAX_VALUE / 4;
    }

    /**
     * The body text's line spacing: the lower quartile of the distances between consecutive baselines,
     * since in some documents most paragraphs are set apart by an empty line.
     */
    private static float usualLineSpacing(List<TextLine> lines) {
        List<Float> drops = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float drop = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (drop > 0) {
                drops.add(drop);
            }
        }
        if (drops.isEmpty()) {
            return Float.MAX_VALUE / 4;
        }
        Collections.sort(drops);
        return drops.get(drops.size() / 4);
    }
}

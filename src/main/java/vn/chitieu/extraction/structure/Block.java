package vn.chitieu.extraction.structure;

import java.util.Locale;
import vn.chitieu.document.NormalizedText.Paragraph;
import vn.chitieu.document.VietnameseText;

/**
 * A paragraph with its numbering read, and its folded text for matching (same length, same
 * offsets). The folded text is made when first asked for: most of a resolution is the body of its
 * tasks, which is never matched against.
 */
public final class Block {
    private static final int START_LENGTH = 32;

    private final Paragraph paragraph;
    private final Marker marker;
    private String folded;
    private String foldedStart;

    public Block(Paragraph paragraph, Marker marker) {
        this.paragraph = paragraph;
        this.marker = marker;
    }

    public Paragraph paragraph() {
        return paragraph;
    }

    public Marker marker() {
        return marker;
    }

    public String folded() {
        if (folded == null) {
            folded = VietnameseText.fold(paragraph.text());
        }
        return folded;
    }

    /** The folded first words, enough to ask how the paragraph opens without folding all of it. */
    public String foldedStart() {
        if (folded != null || paragraph.text().length() <= START_LENGTH) {
            return folded();
        }
        if (foldedStart == null) {
            foldedStart = VietnameseText.fold(paragraph.text().substring(0, START_LENGTH));
        }
        return foldedStart;
    }

    public String text() {
        return paragraph.text();
    }

    /** The text after the marker. */
    public String body() {
        return paragraph.text().substring(marker.bodyStart());
    }

    public String foldedBody() {
        return folded().substring(marker.bodyStart());
    }

    public int start() {
        return paragraph.start();
    }

    public boolean isTableRow() {
        return paragraph.text().startsWith("|");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", marker.kind(), paragraph.text());
    }
}

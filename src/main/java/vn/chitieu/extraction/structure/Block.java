package vn.chitieu.extraction.structure;

import vn.chitieu.document.NormalizedText.Paragraph;

/** A paragraph with its numbering read, and its folded text for matching (same length, same offsets). */
public record Block(Paragraph paragraph, Marker marker, String folded) {

    public String text() {
        return paragraph.text();
    }

    /** The text after the marker. */
    public String body() {
        return paragraph.text().substring(marker.bodyStart());
    }

    public String foldedBody() {
        return folded.substring(marker.bodyStart());
    }

    public int start() {
        return paragraph.start();
    }

    public boolean isTableRow() {
        return paragraph.text().startsWith("|");
    }
}

package vn.chitieu.document;

import java.util.List;

/**
 * A document's text made ready for extraction: NFC, one logical paragraph per line (lines broken by
 * PDF extraction joined, page numbers and running headers dropped), with the offset of every
 * character in the text the reader produced, so a reviewer can be shown where a value came from.
 */
public final class NormalizedText {
    private final String text;
    private final int[] originalOffsets;
    private final List<Paragraph> paragraphs;

    NormalizedText(String text, int[] originalOffsets, List<Paragraph> paragraphs) {
        this.text = text;
        this.originalOffsets = originalOffsets;
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** The normalised text: paragraphs separated by a line break. */
    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** The offset in the reader's text of the character at {@code index} of {@link #text()}. */
    public int originalOffset(int index) {
        if (originalOffsets.length == 0) {
            return 0;
        }
        return originalOffsets[Math.max(0, Math.min(index, originalOffsets.length - 1))];
    }

    /** The end offset (exclusive) in the reader's text of a span ending at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? originalOffset(0) : originalOffset(end - 1) + 1;
    }

    /**
     * One logical paragraph.
     *
     * @param start offset of its first character in {@link NormalizedText#text()}
     * @param page the page it starts on, counting from 1 (1 for unpaged sources)
     */
    public record Paragraph(String text, int start, int page) {
        public int end() {
            return start + text.length();
        }
    }
}

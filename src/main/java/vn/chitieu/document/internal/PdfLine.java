package vn.chitieu.document.internal;

/**
 * One visual line of a PDF page and where it sits (PDF points, y growing downwards), enough to tell
 * whether it continues the paragraph of the line above.
 *
 * @param firstWordWidth how wide the line's first word is: the previous line was full if this word
 *     could not have fitted at its end
 * @param tabular whether the line has wide gaps between its words, like a table row
 */
record PdfLine(String text, float left, float right, float baseline, float spaceWidth, float firstWordWidth,
        boolean tabular) {}

package vn.chitieu.document.internal;

/**
 * One visual line of a page, from a PDF's text layer or from OCR, and where it sits (y growing
 * downwards; points or pixels), enough to tell whether it continues the paragraph of the line above.
 *
 * @param firstWordWidth how wide the line's first word is: the previous line was full if this word
 *     could not have fitted at its end
 * @param tabular whether the line has wide gaps between its words, like a table row
 */
record TextLine(String text, float left, float right, float baseline, float spaceWidth, float firstWordWidth,
        boolean tabular) {}

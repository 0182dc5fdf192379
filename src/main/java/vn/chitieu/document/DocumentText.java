package vn.chitieu.document;

import java.util.List;

/**
 * The text of a document as its reader produced it, before normalisation.
 *
 * <p>Conventions every reader follows: paragraphs end with a line break; a table row is one line
 * {@code | cell | cell |} (paragraphs inside a cell joined by a space); pages of a paged source
 * are separated by a form feed ({@code \f}).
 *
 * @param notes plain sentences about what the reader had to guess or skip (shown as warnings)
 */
public record DocumentText(String text, DocumentFormat format, List<String> notes) {
    public DocumentText {
        notes = List.copyOf(notes);
    }

    public DocumentText(String text, DocumentFormat format) {
        this(text, format, List.of());
    }
}

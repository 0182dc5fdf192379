package vn.chitieu.document;

/** Reads one file format into text. Implementations live in {@code internal/}, one per format. */
public interface DocumentReader {

    /** Whether this reader recognises the source, judged by its bytes first and its name second. */
    boolean accepts(DocumentSource source);

    DocumentText read(DocumentSource source) throws DocumentException;
}

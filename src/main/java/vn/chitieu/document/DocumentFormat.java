package vn.chitieu.document;

/** The kinds of file a resolution arrives in. */
public enum DocumentFormat {
    TXT,
    DOCX,
    DOC,
    PDF,
    /** A PDF without a text layer, read page by page through OCR. */
    PDF_SCAN,
    IMAGE,
    XLSX
}

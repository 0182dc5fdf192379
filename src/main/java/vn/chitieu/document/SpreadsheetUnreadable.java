package vn.chitieu.document;

/**
 * A file that is not a readable XLSX workbook, and why, so that the page or API can say so in the
 * reader's language; the message itself is the Vietnamese one of the other document refusals.
 */
public class SpreadsheetUnreadable extends DocumentException {
    /** Why the file could not be read. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        /** A workbook of Excel 97–2003 (.xls). */
        OLD_EXCEL,
        PASSWORD,
        /** Some other format (a PDF, a Word document, a picture, text). */
        NOT_XLSX,
        /** An XLSX whose parts inflate far beyond their packed size: taken for a zip bomb. */
        SUSPICIOUS,
        DAMAGED
    }

    private final Reason reason;
    private final String fileName;

    public SpreadsheetUnreadable(Reason reason, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}

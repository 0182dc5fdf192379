package vn.chitieu.document;

/**
 * A document that cannot be read. The message is one line for the person who handed the file in:
 * what is wrong and what to do about it; never a stack trace.
 */
public class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

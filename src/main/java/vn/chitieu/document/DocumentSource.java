package vn.chitieu.document;

import java.util.Objects;

/** A file as a user handed it in: its name (for messages and format hints) and its bytes, untouched. */
public record DocumentSource(String fileName, byte[] bytes) {
    public DocumentSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }
}

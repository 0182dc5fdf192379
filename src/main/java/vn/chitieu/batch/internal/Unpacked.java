package vn.chitieu.batch.internal;

/**
 * A document taken out of an upload, or one refused before it is read.
 *
 * @param bytes {@code null} for a refused file
 * @param reasonKey why it was refused (batch bundle), or {@code null}
 * @param sizeBytes its size as far as it was read
 */
public record Unpacked(String name, byte[] bytes, long sizeBytes, String reasonKey) {

    static Unpacked document(String name, byte[] bytes) {
        return new Unpacked(name, bytes, bytes.length, null);
    }

    static Unpacked refused(String name, long sizeBytes, String reasonKey) {
        return new Unpacked(name, null, sizeBytes, reasonKey);
    }

    public boolean refused() {
        return reasonKey != null;
    }
}

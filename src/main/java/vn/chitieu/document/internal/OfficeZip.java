package vn.chitieu.document.internal;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.chitieu.document.DocumentException;

/**
 * POI's guards against zip bombs in DOCX and XLSX files, and what POI's failures on bad bytes mean to
 * the person who uploaded the file.
 */
final class OfficeZip {

    /** POI's default: an entry that inflates more than 100 times its packed size is taken for a bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a resolution comes near this once unpacked; a 20 MB upload could otherwise claim gigabytes. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    private OfficeZip() {}

    /** Sets POI's limits (they are global to POI) before it opens a package. */
    static void guard() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    /** What POI's failure to open a package means. */
    enum Failure { PASSWORD, ZIP_BOMB, DAMAGED }

    static DocumentException refusal(String fileName, String format, Throwable failure) {
        return switch (failure(failure)) {
            case PASSWORD -> Refusals.passwordProtected(fileName, failure);
            case ZIP_BOMB -> Refusals.suspiciousCompression(fileName, failure);
            case DAMAGED -> Refusals.damaged(fileName, format, failure);
        };
    }

    static Failure failure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof EncryptedDocumentException) {
                return Failure.PASSWORD;
            }
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb")) {
                return Failure.ZIP_BOMB;
            }
        }
        return Failure.DAMAGED;
    }
}

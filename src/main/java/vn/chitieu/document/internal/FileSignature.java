package vn.chitieu.document.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentSource;

/**
 * Tells a file's format from its first bytes (its "magic"), and from its name only when the bytes say
 * nothing: a PDF renamed to .docx is still read as a PDF.
 */
public final class FileSignature {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.".getBytes(StandardCharsets.US_ASCII);
    /** The PDF specification lets a header follow some leading bytes; readers look within the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private FileSignature() {}

    /** The format the bytes announce, else the one the file name's extension suggests. */
    public static Optional<DocumentFormat> detect(DocumentSource source) {
        return fromBytes(source.bytes()).or(() -> fromName(source.fileName()));
    }

    /**
     * A known format the system does not read, as a user would call it, for a more helpful refusal
     * than "unknown format".
     */
    public static Optional<String> unsupportedKind(byte[] bytes) {
        if (startsWith(bytes, RTF)) {
            return Optional.of("tệp RTF");
        }
        if (startsWith(bytes, ZIP) && indexOf(bytes, ODF_MIMETYPE, 0, 200) >= 0) {
            return Optional.of("tệp OpenDocument (LibreOffice)");
        }
        return Optional.empty();
    }

    static Optional<DocumentFormat> fromBytes(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return officeOpenXmlKind(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return Optional.of(DocumentFormat.DOC);
        }
        if (indexOf(bytes, PDF, 0, PDF_HEADER_WINDOW) >= 0) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)
                || startsWith(bytes, TIFF_LITTLE_ENDIAN) || startsWith(bytes, TIFF_BIG_ENDIAN)) {
            return Optional.of(DocumentFormat.IMAGE);
        }
        if (TxtReader.hasByteOrderMark(bytes)) {
            return Optional.of(DocumentFormat.TXT);
        }
        return Optional.empty();
    }

    static Optional<DocumentFormat> fromName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
        switch (extension) {
            case "txt": return Optional.of(DocumentFormat.TXT);
            case "docx": return Optional.of(DocumentFormat.DOCX);
            case "doc": return Optional.of(DocumentFormat.DOC);
            case "pdf": return Optional.of(DocumentFormat.PDF);
            case "png": case "jpg": case "jpeg": case "tif": case "tiff": return Optional.of(DocumentFormat.IMAGE);
            case "xlsx": return Optional.of(DocumentFormat.XLSX);
            default: return Optional.empty();
        }
    }

    /**
     * Looks at the entry names in the ZIP's local and central headers (so a truncated file still
     * tells what it was) without inflating anything.
     */
    private static Optional<DocumentFormat> officeOpenXmlKind(byte[] bytes) {
        for (int i = 0; i + 30 <= bytes.length; i++) {
            if (bytes[i] != 'P' || bytes[i + 1] != 'K') {
                continue;
            }
            String name;
            if (bytes[i + 2] == 3 && bytes[i + 3] == 4) {
                name = entryName(bytes, i + 30, unsignedShort(bytes, i + 26));
            } else if (bytes[i + 2] == 1 && bytes[i + 3] == 2 && i + 46 <= bytes.length) {
                name = entryName(bytes, i + 46, unsignedShort(bytes, i + 28));
            } else {
                continue;
            }
            if (name.startsWith("word/")) {
                return Optional.of(DocumentFormat.DOCX);
            }
            if (name.startsWith("xl/")) {
                return Optional.of(DocumentFormat.XLSX);
            }
        }
        return Optional.empty();
    }

    private static String entryName(byte[] bytes, int offset, int length) {
        int end = Math.min(bytes.length, offset + length);
        return offset >= end ? "" : new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static int unsignedShort(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return indexOf(bytes, prefix, 0, 0) == 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle, int from, int lastStart) {
        for (int i = from; i <= lastStart && i + needle.length <= bytes.length; i++) {
            int j = 0;
            while (j < needle.length && bytes[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}

package vn.chitieu.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import vn.chitieu.document.internal.DocReader;
import vn.chitieu.document.internal.DocxReader;
import vn.chitieu.document.internal.FileSignature;
import vn.chitieu.document.internal.ImageReader;
import vn.chitieu.document.internal.PdfReader;
import vn.chitieu.document.internal.Refusals;
import vn.chitieu.document.internal.TxtReader;
import vn.chitieu.document.internal.XlsxReader;

/**
 * Reads an uploaded file into text: tells its format by its bytes (then by its name), enforces the
 * size limit, and hands it to the reader for that format. Any failure is a {@link DocumentException}
 * with a message for the person who uploaded the file.
 */
public final class Documents {

    /** The largest file accepted; a resolution with its annexes, even scanned, stays well below. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final DocumentReader TXT = new TxtReader();
    private static final DocumentReader DOCX = new DocxReader();
    private static final DocumentReader DOC = new DocReader();
    private static final DocumentReader PDF = new PdfReader();
    private static final DocumentReader IMAGE = new ImageReader();
    private static final DocumentReader XLSX = new XlsxReader();

    private Documents() {}

    public static DocumentText read(Path file) throws DocumentException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            refuseIfTooLarge(fileName, Files.size(file));
            return read(new DocumentSource(fileName, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw Refusals.missing(fileName);
        } catch (IOException e) {
            throw Refusals.unreadable(fileName, e);
        }
    }

    public static DocumentText read(DocumentSource source) throws DocumentException {
        String fileName = source.fileName();
        refuseIfTooLarge(fileName, source.bytes().length);
        if (source.bytes().length == 0) {
            throw Refusals.empty(fileName);
        }
        Optional<String> unsupported = FileSignature.unsupportedKind(source.bytes());
        if (unsupported.isPresent()) {
            throw Refusals.unsupported(fileName, unsupported.get(), "DOCX hoặc PDF");
        }
        DocumentFormat format = FileSignature.detect(source).orElseThrow(() -> Refusals.unknownFormat(fileName));
        DocumentText text;
        try {
            text = readerFor(format).read(source);
        } catch (RuntimeException | StackOverflowError e) {
            throw Refusals.damaged(fileName, format == DocumentFormat.IMAGE ? "ảnh" : format.name(), e);
        }
        if (text.text().isBlank()) {
            throw Refusals.noText(fileName);
        }
        return text;
    }

    private static DocumentReader readerFor(DocumentFormat format) {
        switch (format) {
            case TXT: return TXT;
            case DOCX: return DOCX;
            case DOC: return DOC;
            case PDF: case PDF_SCAN: return PDF;
            case IMAGE: return IMAGE;
            case XLSX: return XLSX;
            default: throw new IllegalStateException("No reader for " + format);
        }
    }

    private static void refuseIfTooLarge(String fileName, long bytes) throws DocumentException {
        if (bytes > MAX_BYTES) {
            throw Refusals.tooLarge(fileName, bytes, MAX_BYTES);
        }
    }
}

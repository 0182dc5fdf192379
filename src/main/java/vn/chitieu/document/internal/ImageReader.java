package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/** Reads a photographed or scanned page (PNG, JPEG, TIFF; a multi-page TIFF page by page) through OCR. */
public final class ImageReader implements DocumentReader {

    private final Ocr ocr;

    public ImageReader() {
        this(new Ocr());
    }

    ImageReader(Ocr ocr) {
        this.ocr = ocr;
    }

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.IMAGE::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        ocr.ensureInstalled(source.fileName());
        Path workDirectory = null;
        try {
            workDirectory = Files.createTempDirectory("chitieu-image-");
            Path image = Files.write(workDirectory.resolve("page"), source.bytes());
            String text = ocr.read(image, source.fileName(), 1);
            return new DocumentText(text, DocumentFormat.IMAGE, List.of(ScannedPdfReader.NOTE));
        } catch (IOException e) {
            throw Refusals.unreadable(source.fileName(), e);
        } finally {
            TempFiles.delete(workDirectory);
        }
    }
}

package vn.chitieu.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/** Reads a photographed or scanned page (PNG, JPEG, TIFF; a multi-page TIFF page by page) through OCR. */
public final class ImageReader implements DocumentReader {

    /** An A3 page scanned at 600 dpi has about 70 million pixels. */
    static final long MAX_PIXELS = 100_000_000L;

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
        refuseUnreadableOrHugePictures(source);
        ocr.ensureInstalled(source.fileName());
        Path workDirectory = TempFiles.directory(source.fileName());
        try {
            Path image = Files.write(workDirectory.resolve("page"), source.bytes());
            String text = ocr.read(image, source.fileName(), 1);
            return new DocumentText(text, DocumentFormat.IMAGE, List.of(ScannedPdfReader.NOTE));
        } catch (IOException e) {
            throw Refusals.temporaryStorage(source.fileName(), e);
        } finally {
            TempFiles.delete(workDirectory);
        }
    }

    /**
     * Reads only the picture's header: a few kilobytes of PNG can claim billions of pixels, which
     * would exhaust the OCR program's memory.
     */
    private static void refuseUnreadableOrHugePictures(DocumentSource source) throws DocumentException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(source.bytes()))) {
            Iterator<javax.imageio.ImageReader> decoders = ImageIO.getImageReaders(input);
            if (!decoders.hasNext()) {
                throw new IOException("no PNG, JPEG or TIFF header");
            }
            javax.imageio.ImageReader decoder = decoders.next();
            try {
                decoder.setInput(input);
                long pixels = (long) decoder.getWidth(0) * decoder.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw Refusals.pictureTooLarge(source.fileName(), pixels);
                }
            } finally {
                decoder.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw Refusals.damaged(source.fileName(), "ảnh (PNG, JPEG, TIFF)", e);
        }
    }
}

package vn.chitieu.document.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentText;

/** Reads a scanned PDF: renders each page to an image and recognises its text with OCR. */
final class ScannedPdfReader {

    static final String NOTE = "Văn bản được đọc từ bản quét bằng nhận dạng chữ (OCR): hãy đối chiếu các con số với bản gốc.";
    /** 300 dpi is what OCR engines are tuned for; ordinary scans are made at that resolution. */
    private static final float DPI = 300;
    /** A page larger than about A2 is rendered at a lower resolution rather than exhausting memory. */
    private static final double MAX_PIXELS = 40_000_000;

    private final Ocr ocr;

    ScannedPdfReader(Ocr ocr) {
        this.ocr = ocr;
    }

    DocumentText read(PDDocument pdf, String fileName) throws DocumentException, IOException {
        ocr.ensureInstalled(fileName);
        PDFRenderer renderer = new PDFRenderer(pdf);
        Path workDirectory = Files.createTempDirectory("chitieu-scan-");
        try {
            List<String> pages = new ArrayList<>();
            for (int index = 0; index < pdf.getNumberOfPages(); index++) {
                BufferedImage image = renderer.renderImageWithDPI(index, dpi(pdf.getPage(index).getMediaBox()), ImageType.GRAY);
                Path png = workDirectory.resolve("page-" + (index + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                pages.add(ocr.read(png, fileName, index + 1));
                Files.delete(png);
            }
            return new DocumentText(String.join("\f", pages), DocumentFormat.PDF_SCAN, List.of(NOTE));
        } finally {
            TempFiles.delete(workDirectory);
        }
    }

    private static float dpi(PDRectangle page) {
        double pixelsAtFullResolution = (page.getWidth() / 72.0 * DPI) * (page.getHeight() / 72.0 * DPI);
        if (pixelsAtFullResolution <= MAX_PIXELS) {
            return DPI;
        }
        return (float) (DPI * Math.sqrt(MAX_PIXELS / pixelsAtFullResolution));
    }
}

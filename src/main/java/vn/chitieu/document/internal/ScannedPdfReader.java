package vn.chitieu.document.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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

    /** Every page through OCR, pages separated by a form feed. */
    DocumentText read(PDDocument pdf, String fileName) throws DocumentException, IOException {
        ocr.ensureInstalled(fileName);
        List<String> pages = new ArrayList<>();
        for (int index = 0; index < pdf.getNumberOfPages(); index++) {
            pages.add(ocr(pdf, index, fileName));
        }
        return new DocumentText(String.join("\f", pages), DocumentFormat.PDF_SCAN, List.of(NOTE));
    }

    /**
     * One scanned page of an otherwise digital PDF; when OCR cannot read it, the reason goes into the
     * notes and the rest of the document is still read.
     */
    Optional<String> readPage(PDDocument pdf, int index, String fileName, List<String> notes) throws IOException {
        try {
            String text = ocr(pdf, index, fileName);
            notes.add("Trang " + (index + 1) + " là ảnh quét, được đọc bằng nhận dạng chữ (OCR):"
                    + " hãy đối chiếu các con số với bản gốc.");
            return Optional.of(text);
        } catch (DocumentException e) {
            notes.add("Trang " + (index + 1) + " là ảnh quét và chưa đọc được. " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the page draws a picture directly, as a scanned page does. */
    static boolean hasPicture(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    private String ocr(PDDocument pdf, int index, String fileName) throws DocumentException, IOException {
        ocr.ensureInstalled(fileName);
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi(pdf.getPage(index).getMediaBox()),
                ImageType.GRAY);
        Path workDirectory = TempFiles.directory(fileName);
        try {
            Path png = workDirectory.resolve("page-" + (index + 1) + ".png");
            ImageIO.write(image, "png", png.toFile());
            return ocr.read(png, fileName, index + 1);
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

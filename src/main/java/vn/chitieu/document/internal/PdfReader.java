package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/**
 * Reads a PDF's text layer page by page; a PDF with (almost) no text layer is a scan and goes to OCR.
 * A PDF locked only against editing opens with the empty password and reads as usual.
 */
public final class PdfReader implements DocumentReader {

    static final int MAX_PAGES = 500;
    /** Below this many letters per page on average the text layer is only stamps or page numbers. */
    static final int MIN_LETTERS_PER_PAGE = 20;
    private static final int END_MARKER_WINDOW = 1024;

    private final ScannedPdfReader scans;

    public PdfReader() {
        this(new ScannedPdfReader(new Ocr()));
    }

    PdfReader(ScannedPdfReader scans) {
        this.scans = scans;
    }

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.PDF::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        if (!endsWithEndOfFileMarker(source.bytes())) {
            throw Refusals.damaged(source.fileName(), "PDF", null);
        }
        try (PDDocument pdf = Loader.loadPDF(source.bytes())) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw Refusals.tooManyPages(source.fileName(), pages, MAX_PAGES);
            }
            String text = textLayer(pdf);
            if (letters(text) < (long) MIN_LETTERS_PER_PAGE * pages) {
                return scans.read(pdf, source.fileName());
            }
            return new DocumentText(text, DocumentFormat.PDF);
        } catch (InvalidPasswordException e) {
            throw Refusals.passwordProtected(source.fileName(), e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Refusals.damaged(source.fileName(), "PDF", e);
        }
    }

    /** Every page's text in reading order, wrapped lines joined into paragraphs, pages separated by a form feed. */
    private static String textLayer(PDDocument pdf) throws IOException {
        return PdfLineCollector.collect(pdf).stream().map(PdfParagraphs::of).collect(Collectors.joining("\f"));
    }

    /**
     * A PDF ends with "%%EOF" (readers look for it in the last kilobyte); without it the file was cut
     * short, and PDFBox's lenient parser would silently read only the pages that arrived.
     */
    private static boolean endsWithEndOfFileMarker(byte[] bytes) {
        String tail = new String(bytes, Math.max(0, bytes.length - END_MARKER_WINDOW),
                Math.min(bytes.length, END_MARKER_WINDOW), StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}

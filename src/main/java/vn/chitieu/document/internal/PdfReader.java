package vn.chitieu.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Reads a PDF's text layer page by page; a PDF with (almost) no text layer is a scan and goes to OCR,
 * and so does a single scanned page, such as a signed annex, in an otherwise digital PDF. A PDF
 * locked only against editing opens with the empty password and reads as usual.
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
            List<String> texts = textLayer(pdf);
            if (texts.stream().mapToLong(PdfReader::letters).sum() < (long) MIN_LETTERS_PER_PAGE * pages) {
                return scans.read(pdf, source.fileName());
            }
            List<String> notes = new ArrayList<>();
            for (int index = 0; index < Math.min(pages, texts.size()); index++) {
                if (letters(texts.get(index)) < MIN_LETTERS_PER_PAGE && ScannedPdfReader.hasPicture(pdf.getPage(index))) {
                    texts.set(index, scans.readPage(pdf, index, source.fileName(), notes).orElse(texts.get(index)));
                }
            }
            return new DocumentText(String.join("\f", texts), DocumentFormat.PDF, notes);
        } catch (InvalidPasswordException e) {
            throw Refusals.passwordProtected(source.fileName(), e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Refusals.damaged(source.fileName(), "PDF", e);
        }
    }

    /** Every page's text in reading order, its wrapped lines joined back into paragraphs. */
    private static List<String> textLayer(PDDocument pdf) throws IOException {
        return PdfLineCollector.collect(pdf).stream().map(Paragraphs::of).collect(Collectors.toList());
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

package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.document.TestDocuments;

/**
 * Seed 001 with its indicators page scanned: the part from "2. Mục tiêu cụ thể" through indicator (11)
 * is printed to a PDF, rendered at 300 dpi to a PNG as a scanner would, read back through Tesseract,
 * put back into the seed's text and scored against the gold. Skipped only where tesseract is absent.
 */
class SeedOcrTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "001_01930460f18dce62";
    private static final int SCAN_DPI = 300;

    @Test
    void readsTheTargetsOfAScannedIndicatorsPageAlmostAsWellAsFromText() throws Exception {
        assumeTrue(TestDocuments.tesseractIsInstalled(), "the tesseract program is not installed "
                + "(apt-get install tesseract-ocr tesseract-ocr-vie), so OCR cannot be tested here");
        String seed = TestDocuments.seed(SEED + ".txt");
        int start = seed.indexOf("2. Mục tiêu cụ thể");
        int end = seed.indexOf('\n', seed.indexOf("(11)"));
        assertThat(start).isPositive();
        String text = seed.substring(0, start) + scanned(seed.substring(start, end)) + seed.substring(end);

        ExtractionScore score = new ExtractionScore();
        score.add(SEED, JSON.readTree(SeedExtractionTests.shared().resolve("gold/" + SEED + ".json").toFile()),
                ExtractionJson.tree(new Extractor().extract(text), false, text));

        assertThat(score.exactTargetF1()).as(score.summary()).isGreaterThanOrEqualTo(0.85);
    }

    /** The text printed to PDF, each page rendered to a PNG and read back through OCR. */
    private static String scanned(String text) throws IOException, DocumentException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(TestDocuments.pdf(text))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                byte[] png = TestDocuments.image(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.GRAY), "png");
                DocumentText read = Documents.read(new DocumentSource("Trang " + (page + 2) + ".png", png));
                assertThat(read.format()).isEqualTo(DocumentFormat.IMAGE);
                pages.add(read.text());
            }
        }
        return String.join("\n\n", pages);
    }
}

package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads scans through the real tesseract program; skipped only on a machine without it. */
class OcrTests {

    private static final String PAGE = TestDocuments.seed("001_01930460f18dce62.txt").lines()
            .limit(25).collect(Collectors.joining("\n"));
    private static BufferedImage scan;

    @BeforeAll
    static void scanThePage() {
        assumeTrue(TestDocuments.tesseractIsInstalled(), "the tesseract program is not installed "
                + "(apt-get install tesseract-ocr tesseract-ocr-vie), so OCR cannot be tested here");
        scan = TestDocuments.scan(PAGE);
    }

    @Test
    void readsAScannedPageFromAPngPicture() throws Exception {
        DocumentText text = Documents.read(new DocumentSource("Trang 1.png", TestDocuments.image(scan, "png")));

        assertThat(text.format()).isEqualTo(DocumentFormat.IMAGE);
        assertThat(text.notes()).anySatisfy(note -> assertThat(note).contains("OCR"));
        assertThat(shareOfWordsFound(PAGE, text.text())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void joinsTheWrappedLinesOfAScanBackIntoParagraphs() throws Exception {
        String text = nfc(Documents.read(new DocumentSource("Trang 1.png", TestDocuments.image(scan, "png"))).text());

        assertThat(text.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("Căn cứ Quyết định số 1930/QĐ-UBND").endsWith("chính quyền địa phương 2 cấp;"));
        assertThat(text).contains("\n\nQUYẾT NGHỊ:\n\n");
    }

    @Test
    void readsAScannedPdfWithoutATextLayer() throws Exception {
        DocumentText text = Documents.read(new DocumentSource("Nghị quyết scan.pdf", TestDocuments.scannedPdf(PAGE)));

        assertThat(text.format()).isEqualTo(DocumentFormat.PDF_SCAN);
        assertThat(shareOfWordsFound(PAGE, text.text())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void readsAScannedPageInsideADigitalPdfThroughOcr() throws Exception {
        String annex = "Biểu chỉ tiêu kèm theo Nghị quyết số 13/NQ-HĐND\nThu ngân sách nhà nước đạt 85 triệu đồng.";
        byte[] pdf = TestDocuments.pdfWithScannedPage(PAGE, annex);

        DocumentText text = Documents.read(new DocumentSource("Nghị quyết.pdf", pdf));

        assertThat(text.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(text.text().split("\f")).hasSize(2);
        assertThat(shareOfWordsFound(annex, text.text().split("\f")[1])).isGreaterThanOrEqualTo(0.9);
        assertThat(text.notes()).singleElement().asString().startsWith("Trang 2 là ảnh quét");
    }

    @Test
    void readsJpegAndTiffPictures() throws Exception {
        BufferedImage top = scan.getSubimage(0, 0, scan.getWidth(), scan.getHeight() / 4);
        String expected = "Khoen On, ngày 30 tháng 7 năm 2025";

        for (String format : List.of("jpeg", "tiff")) {
            DocumentText text = Documents.read(new DocumentSource("trang", TestDocuments.image(top, format)));

            assertThat(text.format()).isEqualTo(DocumentFormat.IMAGE);
            assertThat(nfc(text.text())).contains(expected);
        }
    }

    @Test
    void readsEveryPageOfAMultiPageTiff() throws Exception {
        BufferedImage top = scan.getSubimage(0, 0, scan.getWidth(), scan.getHeight() / 4);
        BufferedImage middle = scan.getSubimage(0, scan.getHeight() / 4, scan.getWidth(), scan.getHeight() / 4);

        DocumentText text = Documents.read(new DocumentSource("Bản quét.tiff", multiPageTiff(top, middle)));

        assertThat(text.text().split("\f")).hasSize(2);
        assertThat(nfc(text.text().split("\f")[0])).contains("Khoen On, ngày 30 tháng 7 năm 2025");
    }

    private static byte[] multiPageTiff(BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The share of the page's words that OCR gives back, each counted as often as it occurs. */
    static double shareOfWordsFound(String expected, String recognised) {
        Map<String, Integer> remaining = new HashMap<>();
        for (String word : words(recognised)) {
            remaining.merge(word, 1, Integer::sum);
        }
        List<String> wanted = words(expected);
        int found = 0;
        for (String word : wanted) {
            if (remaining.getOrDefault(word, 0) > 0) {
                remaining.merge(word, -1, Integer::sum);
                found++;
            }
        }
        return found / (double) wanted.size();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : nfc(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

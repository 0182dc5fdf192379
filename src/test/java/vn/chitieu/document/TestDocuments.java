package vn.chitieu.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds DOCX and PDF files from plain text for tests, so that no binary fixture is committed and a
 * seed resolution can be read back through every format.
 */
public final class TestDocuments {

    /** DejaVu Sans (Debian package fonts-dejavu-core) has every Vietnamese letter. */
    public static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final float FONT_SIZE = 12;
    private static final float LEADING = FONT_SIZE * 1.4f;
    private static final float MARGIN = 56.7f;
    private static final int SCAN_DPI = 300;

    private TestDocuments() {}

    /** A DOCX with one paragraph per element, in order; an empty string is an empty paragraph. */
    public static byte[] docx(List<String> paragraphs) {
        return docx(String.join("\n", paragraphs));
    }

    /**
     * A DOCX with one paragraph per line of the text, except that consecutive {@code | a | b |}
     * lines become the rows of one table.
     */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = null;
            for (String line : text.lines().collect(Collectors.toList())) {
                if (isTableRow(line)) {
                    List<String> cells = cells(line);
                    XWPFTableRow row = table == null ? (table = document.createTable()).getRow(0) : table.createRow();
                    while (row.getTableCells().size() < cells.size()) {
                        row.addNewTableCell();
                    }
                    for (int i = 0; i < cells.size(); i++) {
                        row.getCell(i).setText(cells.get(i));
                    }
                } else {
                    table = null;
                    if (!line.isEmpty()) {
                        document.createParagraph().createRun().setText(line);
                    } else {
                        document.createParagraph();
                    }
                }
            }
            return bytes(document::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An A4 PDF of the text in DejaVu Sans 12 pt: each line a paragraph, wrapped to the page width,
     * an empty line as vertical space, new pages as needed and at every form feed.
     */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, FONT.toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (String pageText : text.split("\f", -1)) {
                List<String> lines = new ArrayList<>();
                for (String paragraph : pageText.replace('\t', ' ').split("\n", -1)) {
                    lines.addAll(wrap(paragraph, font, width));
                }
                for (int start = 0; start < Math.max(1, lines.size()); start += linesPerPage) {
                    page(document, font, lines.subList(Math.min(start, lines.size()), Math.min(lines.size(), start + linesPerPage)));
                }
            }
            return bytes(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page of {@link #pdf(String)} as a 300 dpi greyscale picture, as a scanner would make it. */
    public static BufferedImage scan(String text) {
        try (PDDocument document = Loader.loadPDF(pdf(text))) {
            return new PDFRenderer(document).renderImageWithDPI(0, SCAN_DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The picture in an image format ImageIO writes ("png", "jpeg", "tiff"). */
    public static byte[] image(BufferedImage picture, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with no text layer: the first page of {@link #pdf(String)}, scanned and put back as a picture. */
    public static byte[] scannedPdf(String text) {
        BufferedImage picture = scan(text);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return bytes(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digital PDF of {@code text} followed by one scanned page of {@code scannedText}, as with a signed annex. */
    public static byte[] pdfWithScannedPage(String text, String scannedText) {
        try (PDDocument document = Loader.loadPDF(pdf(text));
                PDDocument scan = Loader.loadPDF(scannedPdf(scannedText))) {
            document.importPage(scan.getPage(0));
            return bytes(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a seed resolution in {@code shared/seeds}. */
    public static String seed(String fileName) {
        Path seeds = Path.of(System.getProperty("chitieu.shared", "../shared"), "seeds");
        try {
            return Files.readString(seeds.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(PDDocument document, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN - FONT_SIZE);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static List<String> wrap(String paragraph, PDFont font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && widthOf(candidate, font) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float widthOf(String text, PDFont font) throws IOException {
        return font.getStringWidth(text) / 1000 * FONT_SIZE;
    }

    private static boolean isTableRow(String line) {
        return line.startsWith("|") && line.endsWith("|") && line.length() > 1;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).collect(Collectors.toList());
    }

    private interface Writer {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        return out.toByteArray();
    }

    /** Whether the {@code tesseract} program answers; OCR tests are skipped, and say why, only when it does not. */
    public static boolean tesseractIsInstalled() {
        try {
            Process process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

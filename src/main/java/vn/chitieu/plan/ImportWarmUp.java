package vn.chitieu.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.extraction.Extractor;
import vn.chitieu.plan.internal.ExtractionMapping;

/**
 * Reads a sample resolution (our own, in {@code warmup/}), as text and as a PDF, a few times in
 * the background once the application is up, so that the first official to upload a resolution
 * after a start does not wait for the JVM to load and compile the reading code (a first import took
 * over a second; later ones a fifth of that). Nothing is stored. Off with
 * {@code chitieu.import.warm-up=false}.
 */
@Component
class ImportWarmUp {
    private static final Logger log = LoggerFactory.getLogger(ImportWarmUp.class);
    private static final String SAMPLE = "warmup/sample-resolution.txt";
    /** Where Debian's fonts-dejavu-core puts the font; without it the PDF is written in Helvetica, without diacritics. */
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final int ROUNDS = 5;
    /** Characters on a line of the sample PDF (7 pt on A4). */
    private static final int LINE = 110;

    /** The extractor holds no state: the code compiled for this one serves the imports' too. */
    private final Extractor extractor = new Extractor();
    private final ObjectMapper json;
    private final boolean enabled;

    ImportWarmUp(ObjectMapper json, @Value("${chitieu.import.warm-up:true}") boolean enabled) {
        this.json = json;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::run, "import-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Reads the sample as text and as PDF {@link #ROUNDS} times; a failure is logged, never thrown. */
    void run() {
        long started = System.nanoTime();
        try {
            byte[] text = sample().getBytes(StandardCharsets.UTF_8);
            byte[] pdf = pdf(sample());
            for (int round = 0; round < ROUNDS; round++) {
                read("mau.txt", text);
                read("mau.pdf", pdf);
            }
            log.info("Import warm-up: the sample resolution read {} times in {} ms", 2 * ROUNDS, (System.nanoTime() - started) / 1_000_000);
        } catch (DocumentException | IOException | RuntimeException e) {
            log.warn("Import warm-up skipped: {}", e.toString());
        }
    }

    /** What an import does before it stores anything; answers how many targets were read. */
    int read(String fileName, byte[] bytes) throws DocumentException, JsonProcessingException {
        ResolutionImport.sha256(bytes);
        DocumentText text = Documents.read(new DocumentSource(fileName, bytes));
        ResolutionContent content = ExtractionMapping.content(extractor.extract(text), text.notes());
        content.problems();
        json.writeValueAsString(content);
        return content.targetCount();
    }

    static String sample() throws IOException {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample as a one-page A4 PDF with a text layer. */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            boolean unicode = Files.isReadable(FONT);
            PDFont font = unicode ? PDType0Font.load(document, FONT.toFile()) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 7);
                content.setLeading(9);
                content.newLineAtOffset(40, PDRectangle.A4.getHeight() - 40);
                for (String line : lines(text)) {
                    content.showText(unicode ? line : withoutDiacritics(line));
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The text's lines, those too long for the page broken between words. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + word.length() >= LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String withoutDiacritics(String line) {
        return Normalizer.normalize(line.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}

package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.TestDocuments;

/** What the uploader hears when OCR cannot run; fake programs stand in for a broken tesseract. */
class OcrFailureTests {

    private static final String PACKAGES = "apt-get install tesseract-ocr tesseract-ocr-vie";

    @TempDir
    Path directory;

    @Test
    void namesTheDebianPackagesWhenTesseractIsMissing() {
        Ocr missing = new Ocr(directory.resolve("no-tesseract-here").toString(), Ocr.PAGE_TIMEOUT);

        String message = refusal(() -> new ImageReader(missing).read(png())).getMessage();

        assertThat(message).contains("Trang 1.png", "tesseract", PACKAGES);
    }

    @Test
    void sendsAPdfWithoutTextToOcrAndNamesThePackagesWhenItIsMissing() {
        Ocr missing = new Ocr(directory.resolve("no-tesseract-here").toString(), Ocr.PAGE_TIMEOUT);
        DocumentSource scan = new DocumentSource("Nghị quyết.pdf", TestDocuments.pdf(" \f "));

        String message = refusal(() -> new PdfReader(new ScannedPdfReader(missing)).read(scan)).getMessage();

        assertThat(message).contains("Nghị quyết.pdf", PACKAGES);
    }

    @Test
    void readsTheRestOfADigitalPdfWhenOneScannedPageCannotBeRead() throws Exception {
        Ocr missing = new Ocr(directory.resolve("no-tesseract-here").toString(), Ocr.PAGE_TIMEOUT);
        String body = "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026.";
        DocumentSource pdf = new DocumentSource("Nghị quyết.pdf",
                TestDocuments.pdfWithScannedPage(body, "Biểu chỉ tiêu kèm theo"));

        DocumentText text = new PdfReader(new ScannedPdfReader(missing)).read(pdf);

        assertThat(text.text()).isEqualTo(body + "\n\f");
        assertThat(text.notes()).singleElement().asString().contains("Trang 2", PACKAGES);
    }

    @Test
    void namesTheVietnameseDataWhenOnlyThatIsMissing() throws Exception {
        Ocr withoutVietnamese = new Ocr(program("echo 'List of available languages (2):'; echo eng; echo osd"),
                Ocr.PAGE_TIMEOUT);

        assertThat(withoutVietnamese.isAvailable()).isFalse();
        assertThat(refusal(() -> withoutVietnamese.ensureInstalled("Trang 1.png")).getMessage())
                .contains("tiếng Việt", PACKAGES);
    }

    @Test
    void stopsAPageThatTakesLongerThanTheLimit() throws Exception {
        Ocr stuck = new Ocr(program("if [ \"$1\" = --list-langs ]; then echo vie; else exec sleep 60; fi"),
                Duration.ofSeconds(1));

        assertThat(refusal(() -> new ImageReader(stuck).read(png())).getMessage())
                .contains("Trang 1.png", "trang 1", "1 giây");
    }

    @Test
    void reportsAProgramFailureAsAPageThatCouldNotBeRead() throws Exception {
        Ocr failing = new Ocr(program("if [ \"$1\" = --list-langs ]; then echo vie; else echo broken >&2; exit 1; fi"),
                Ocr.PAGE_TIMEOUT);

        DocumentException refusal = refusal(() -> new ImageReader(failing).read(png()));

        assertThat(refusal.getMessage()).contains("Không nhận dạng được chữ ở trang 1", "Trang 1.png");
        assertThat(refusal.getCause()).hasMessageContaining("broken");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        Ocr failing = new Ocr(program("if [ \"$1\" = --list-langs ]; then echo vie; else exit 1; fi"), Ocr.PAGE_TIMEOUT);
        Set<Path> before = ourTemporaryFiles();

        refusal(() -> new ImageReader(failing).read(png()));

        assertThat(ourTemporaryFiles()).isSubsetOf(before);
    }

    private static Set<Path> ourTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("chitieu-")).collect(Collectors.toSet());
        }
    }

    private String program(String script) throws Exception {
        Path program = directory.resolve("fake-tesseract-" + Math.abs(script.hashCode()));
        Files.writeString(program, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program.toString();
    }

    private static DocumentSource png() {
        BufferedImage dot = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        return new DocumentSource("Trang 1.png", TestDocuments.image(dot, "png"));
    }

    private interface Reading {
        void run() throws DocumentException;
    }

    private static DocumentException refusal(Reading reading) {
        DocumentException refusal = catchThrowableOfType(reading::run, DocumentException.class);
        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage()).doesNotContain("\n");
        return refusal;
    }
}

package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.document.TestDocuments;

/**
 * The {@code extract} command as a person at a terminal meets it: for every file that cannot be read,
 * exit status 2 and one plain line on standard error that names the file, never a stack trace and
 * nothing on standard output that looks like a result.
 */
class ExtractCommandTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_000 = "000_a52e04d6636138d8.txt";
    private static final String SEED_001 = "001_01930460f18dce62.txt";

    @TempDir
    Path directory;

    @Test
    void refusesAnEmptyFileWithOneLine() throws IOException {
        Path file = write("Nghị quyết.txt", new byte[0]);

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("trống");
    }

    @Test
    void refusesBinaryGarbageWithOneLine() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(20260101).nextBytes(garbage);
        Path file = write("Nghị quyết.bin", garbage);

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
    }

    @Test
    void refusesADocxCutInHalfWithOneLine() throws IOException {
        byte[] docx = TestDocuments.docx(TestDocuments.seed(SEED_000));
        Path file = write("Nghị quyết.docx", Arrays.copyOf(docx, docx.length / 2));

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("bị hỏng hoặc không đầy đủ", "DOCX");
    }

    @Test
    void refusesAPdfCutInHalfWithOneLine() throws IOException {
        byte[] pdf = TestDocuments.pdf(TestDocuments.seed(SEED_000));
        Path file = write("Nghị quyết.pdf", Arrays.copyOf(pdf, pdf.length / 2));

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("bị hỏng hoặc không đầy đủ", "PDF");
    }

    @Test
    void refusesAPdfLockedWithAUserPasswordWithOneLine() throws IOException {
        Path file = write("Nghị quyết mật.pdf", withUserPassword(TestDocuments.pdf(TestDocuments.seed(SEED_000))));

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("mật khẩu");
    }

    @Test
    void refusesADocxZipBombWithOneLine() throws IOException {
        Path file = write("Nghị quyết.docx", zipBomb(TestDocuments.docx("Điều 1. Thông qua Kế hoạch năm 2026.")));

        Run run = extract(file.toString());

        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("nén bất thường");
    }

    @Test
    void refusesAFiftyMegabyteTextByTheTwentyMegabyteLimit() throws IOException {
        Path file = directory.resolve("Nghị quyết lớn.txt");
        byte[] line = "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        Run run = extract(file.toString());

        assertRefusedWithoutOutput(run, file);
        assertThat(run.err()).contains("20 MB");
    }

    @Test
    void printsTheJsonOfATextWithoutIndicatorsButWarnsOnOneLineAndExitsWithTwo() throws IOException {
        Path file = write("Biên bản.txt", """
                HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG KHÊ

                BIÊN BẢN
                Về việc chuẩn bị phòng họp

                Hôm nay các đại biểu đã kiểm tra phòng họp, bàn ghế và hệ thống âm thanh trước kỳ họp.
                """.getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()).path("indicators").isArray()).isTrue();
        assertThat(JSON.readTree(run.out()).path("indicators")).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .contains(file.getFileName().toString(), "không tìm thấy chỉ tiêu");
        assertNoStackTrace(run);
    }

    @Test
    void readsAFileWhoseNameHasVietnameseLettersAndSpaces() throws IOException {
        Path file = write("Nghị quyết số 13 xã Khoen Ổn.txt", TestDocuments.seed(SEED_001).getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(JSON.readTree(run.out()).path("indicators")).hasSize(11);
    }

    @Test
    void writesTheGoodFilesOfABatchAndNamesTheBadOneOnOneLine() throws IOException {
        Path first = write("Nghị quyết 000.txt", TestDocuments.seed(SEED_000).getBytes(StandardCharsets.UTF_8));
        Path second = write("Nghị quyết 001.txt", TestDocuments.seed(SEED_001).getBytes(StandardCharsets.UTF_8));
        byte[] docx = TestDocuments.docx(TestDocuments.seed(SEED_000));
        Path bad = write("Nghị quyết hỏng.docx", Arrays.copyOf(docx, docx.length / 2));
        Path out = directory.resolve("kết quả");

        Run run = extract(first.toString(), bad.toString(), second.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains(bad.getFileName().toString());
        assertNoStackTrace(run);
        assertThat(JSON.readTree(out.resolve("Nghị quyết 000.json").toFile()).path("indicators")).hasSize(11);
        assertThat(JSON.readTree(out.resolve("Nghị quyết 001.json").toFile()).path("indicators")).hasSize(11);
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Nghị quyết 000.json", "Nghị quyết 001.json");
        }
    }

    @Test
    void asksForAnOutputFolderWhenGivenSeveralFiles() throws IOException {
        Path first = write("a.txt", TestDocuments.seed(SEED_000).getBytes(StandardCharsets.UTF_8));
        Path second = write("b.txt", TestDocuments.seed(SEED_001).getBytes(StandardCharsets.UTF_8));

        Run run = extract(first.toString(), second.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains("--out");
        assertNoStackTrace(run);
    }

    @Test
    void refusesAnUnknownOption() throws IOException {
        Path file = write("a.txt", TestDocuments.seed(SEED_000).getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString(), "--json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains("--json");
        assertNoStackTrace(run);
    }

    @Test
    void explainsEachTargetWithTheSpanItWasReadFromAndTheRulesThatReadIt() throws IOException {
        String source = TestDocuments.seed(SEED_000);
        Path file = write("Nghị quyết.txt", source.getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString(), "--explain");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> targets = new ArrayList<>();
        JSON.readTree(run.out()).path("indicators").forEach(indicator -> indicator.path("targets").forEach(targets::add));
        assertThat(targets).isNotEmpty();
        for (JsonNode target : targets) {
            JsonNode span = target.path("span");
            String read = source.substring(span.path("start").asInt(), span.path("end").asInt());
            assertThat(span.path("text").asText()).as(target.toString()).isNotBlank().isEqualTo(read);
            assertThat(target.path("rules").isArray()).as(target.toString()).isTrue();
            assertThat(target.path("rules")).as(target.toString()).isNotEmpty();
        }
    }

    @Test
    void benchReportsTheRateOfWholeDocumentsAfterTheWarmUp() throws IOException {
        Path file = write("a.txt", TestDocuments.seed(SEED_000).getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString(), "--bench", "--warmup", "1", "--seconds", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        Matcher figures = Pattern.compile(
                "files: 1, documents: (\\d+) in ([0-9.]+) s on one thread: ([0-9.]+) documents/s")
                .matcher(run.out());
        assertThat(figures.find()).as(run.out()).isTrue();
        long documents = Long.parseLong(figures.group(1));
        double seconds = Double.parseDouble(figures.group(2));
        assertThat(documents).isPositive();
        assertThat(Double.parseDouble(figures.group(3))).isCloseTo(documents / seconds, offset(documents / seconds * 0.05 + 0.1));
    }

    @Test
    void refusesAWarmUpThatIsNotAWholeNumberOfSeconds() throws IOException {
        Path file = write("a.txt", TestDocuments.seed(SEED_000).getBytes(StandardCharsets.UTF_8));

        Run run = extract(file.toString(), "--bench", "--warmup", "năm");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().contains("--warmup", "năm");
        assertNoStackTrace(run);
    }

    private Run extract(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new ExtractCommand(o, e).run(args);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRefusedWithoutOutput(Run run, Path file) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("\n");
        assertThat(run.err().lines()).singleElement().asString().contains(file.getFileName().toString());
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("Exception", "\tat ");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    private static byte[] withUserPassword(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The DOCX with its document.xml replaced by 300 MB of one letter inside a paragraph, compressed. */
    private static byte[] zipBomb(byte[] docx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
                    byte[] letters = new byte[1024 * 1024];
                    Arrays.fill(letters, (byte) 'A');
                    for (int megabyte = 0; megabyte < 300; megabyte++) {
                        out.write(letters);
                    }
                    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private record Run(int exit, String out, String err) {}
}

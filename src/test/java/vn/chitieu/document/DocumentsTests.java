package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTests {

    private static final String RESOLUTION = "Số: 13/NQ-HĐND\nNGHỊ QUYẾT\nThu ngân sách nhà nước đạt 85 triệu đồng.\n";

    @TempDir
    Path directory;

    @Test
    void readsAFileWithVietnameseLettersAndSpacesInItsName() throws Exception {
        Path file = Files.write(directory.resolve("Nghị quyết số 13 của xã.docx"),
                TestDocuments.docx(RESOLUTION));

        DocumentText text = Documents.read(file);

        assertThat(text.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(text.text()).isEqualTo(RESOLUTION);
    }

    @Test
    void tellsTheFormatByItsBytesBeforeItsName() throws Exception {
        DocumentText text = Documents.read(new DocumentSource("nghi-quyet.docx", TestDocuments.pdf(RESOLUTION)));

        assertThat(text.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(text.text()).contains("Thu ngân sách nhà nước đạt 85 triệu đồng.");
    }

    @Test
    void tellsAWorkbookFromAWordDocumentByWhatTheZipHolds() throws Exception {
        assertThat(Documents.read(new DocumentSource("bieu.zip", TestWorkbooks.oneCell("Chỉ tiêu"))).format())
                .isEqualTo(DocumentFormat.XLSX);
        assertThat(Documents.read(new DocumentSource("nghi-quyet", TestDocuments.docx(RESOLUTION))).format())
                .isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void fallsBackOnTheExtensionWhenTheBytesSayNothing() throws Exception {
        DocumentText text = Documents.read(new DocumentSource("Nghị quyết.TXT", RESOLUTION.getBytes(StandardCharsets.UTF_8)));

        assertThat(text.format()).isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void refusesAFileOverTwentyMegabytesSayingHowLargeItIs() throws IOException {
        Path file = directory.resolve("Nghị quyết.txt");
        try (var out = Files.newOutputStream(file)) {
            byte[] block = "Chỉ tiêu kinh tế - xã hội năm 2026.\n".repeat(1024).getBytes(StandardCharsets.UTF_8);
            long target = (long) (50.3 * 1024 * 1024);
            for (long written = 0; written < target; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, target - written));
            }
        }

        DocumentException refusal = catchThrowableOfType(() -> Documents.read(file), DocumentException.class);

        assertThat(refusal.getMessage()).contains("Nghị quyết.txt", "50,3 MB", "20 MB");
        Refused.assertOnePlainLine(refusal.getMessage(), "Nghị quyết.txt");
    }

    @Test
    void refusesTooLargeBytesHandedInDirectly() {
        byte[] bytes = new byte[(int) Documents.MAX_BYTES + 1];

        assertThat(Refused.messageFor("lon.txt", bytes)).contains("20 MB");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(Refused.messageFor("trong.docx", new byte[0])).contains("trống");
    }

    @Test
    void refusesAFileWithoutAnyText() {
        assertThat(Refused.messageFor("cach.txt", " \n\n\t \n".getBytes(StandardCharsets.UTF_8)))
                .contains("Không tìm thấy chữ nào");
    }

    @Test
    void refusesAnUnknownFormatNamingTheAcceptedOnes() {
        byte[] bytes = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

        assertThat(Refused.messageFor("anh.gif", bytes)).contains("TXT, DOCX, DOC, PDF, PNG, JPEG, TIFF, XLSX");
    }

    @Test
    void refusesRichTextAskingForDocx() {
        byte[] bytes = "{\\rtf1\\ansi Ngh\\'ec quy\\'ebt}".getBytes(StandardCharsets.US_ASCII);

        assertThat(Refused.messageFor("Nghị quyết.doc", bytes)).contains("RTF", "DOCX");
    }

    @Test
    void saysWhichFileIsMissing() {
        DocumentException refusal = catchThrowableOfType(() -> Documents.read(directory.resolve("không có.pdf")),
                DocumentException.class);

        Refused.assertOnePlainLine(refusal.getMessage(), "không có.pdf");
    }
}

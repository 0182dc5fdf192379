package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: telling formats apart, limits, and what happens to files of no known format. */
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
    void refusesTooLargeBytesHandedInDirectly() {
        byte[] bytes = new byte[(int) Documents.MAX_BYTES + 1];

        assertThat(Refused.messageFor("lon.txt", bytes)).contains("20 MB");
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

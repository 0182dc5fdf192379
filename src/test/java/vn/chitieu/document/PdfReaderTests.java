package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PDFs with a text layer, built with PDFBox and DejaVu Sans: pages, paragraphs, locks and damage. */
class PdfReaderTests {

    private static final String ARTICLE = "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026.";
    private static final String LONG_PARAGRAPH = "Tập trung ổn định bộ máy hành chính, tiếp tục đẩy mạnh cải cách hành chính"
            + " trọng tâm là cải cách thủ tục hành chính góp phần cải thiện môi trường đầu tư kinh doanh nâng cao"
            + " năng lực cạnh tranh. Tiếp tục cơ cấu lại ngành nông nghiệp theo hướng sản xuất hàng hóa tập trung,"
            + " liên kết chuỗi giá trị gắn với xây dựng nông thôn mới.";

    @Test
    void readsVietnameseTextWithPagesSeparatedByFormFeeds() throws Exception {
        DocumentText text = read(TestDocuments.pdf(ARTICLE + "\f" + "Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện."));

        assertThat(text.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(text.text()).isEqualTo(ARTICLE + "\n\fĐiều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện.\n");
    }

    @Test
    void joinsWrappedLinesBackIntoTheirParagraphs() throws Exception {
        String source = "1. Mục tiêu chung\n" + LONG_PARAGRAPH + "\n\n2. Mục tiêu cụ thể\n"
                + "- (1) Thu ngân sách nhà nước trên địa bàn đạt 85 triệu đồng.\n"
                + "- (2) Tổng sản lượng lương thực có hạt đạt 3.865,28 tấn; diện tích cây chè 350 ha (trồng mới 10 ha);"
                + " tốc độ tăng trưởng đàn gia súc 4,7%.\n";

        assertThat(read(TestDocuments.pdf(source)).text()).isEqualTo(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_a52e04d6636138d8.txt", "001_01930460f18dce62.txt", "002_c7c1d4f3b64c476b.txt",
            "003_e94f0ddc983817cf.txt", "004_f42de0dbd07577f5.txt"})
    void readsEverySeedResolutionBackWithTheSameWordsInOrder(String seed) throws Exception {
        String original = TestDocuments.seed(seed);

        String text = read(TestDocuments.pdf(original)).text();

        assertThat(words(text)).isEqualTo(words(original));
    }

    @Test
    void readsAPdfLockedOnlyAgainstEditing() throws Exception {
        byte[] pdf = protect(TestDocuments.pdf(ARTICLE), "chu-so-huu", "");

        assertThat(read(pdf).text()).isEqualTo(ARTICLE + "\n");
    }

    @Test
    void refusesAPdfThatNeedsAPasswordToOpen() throws Exception {
        byte[] pdf = protect(TestDocuments.pdf(ARTICLE), "chu-so-huu", "mat-khau");

        assertThat(Refused.messageFor("Nghị quyết.pdf", pdf)).contains("mật khẩu", "in ra PDF");
    }

    @Test
    void refusesAPdfClaimingMoreThanFiveHundredPages() throws Exception {
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(TestDocuments.pdf(ARTICLE))) {
            document.getDocumentCatalog().getPages().getCOSObject().setInt(COSName.COUNT, 100_000);
            pdf = save(document);
        }

        assertThat(Refused.messageFor("Nghị quyết.pdf", pdf)).contains("100.000 trang", "500 trang");
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] whole = TestDocuments.pdf(LONG_PARAGRAPH + "\f" + LONG_PARAGRAPH);

        assertThat(Refused.messageFor("Nghị quyết.pdf", Arrays.copyOf(whole, whole.length / 2)))
                .contains("bị hỏng hoặc không đầy đủ", "PDF");
    }

    @Test
    void refusesAPdfCutShortEvenWhereItsPagesCouldBeRead() {
        byte[] whole = TestDocuments.pdf(LONG_PARAGRAPH + "\f" + LONG_PARAGRAPH);

        assertThat(Refused.messageFor("Nghị quyết.pdf", Arrays.copyOf(whole, whole.length - 100)))
                .contains("bị hỏng hoặc không đầy đủ");
    }

    @Test
    void refusesBytesThatOnlyStartLikeAPdf() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(Refused.messageFor("Nghị quyết.pdf", bytes)).contains("bị hỏng hoặc không đầy đủ");
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static byte[] protect(byte[] pdf, String ownerPassword, String userPassword) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static DocumentText read(byte[] pdf) throws DocumentException {
        return Documents.read(new DocumentSource("Nghị quyết.pdf", pdf));
    }
}

package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Reads a legacy Word file. POI cannot write one from scratch, so the fixture nghi-quyet.doc was made
 * once from {@link #sourceDocx()} with LibreOffice:
 * {@code soffice --headless --convert-to doc:"MS Word 97" nghi-quyet.docx}.
 */
class DocReaderTests {

    private static final String EXPECTED = String.join("\n",
            "NGHỊ QUYẾT",
            "Về kế hoạch phát triển kinh tế - xã hội năm 2026",
            "1. Mục tiêu chung",
            "2. Các chỉ tiêu chủ yếu",
            "a) Thu ngân sách nhà nước đạt 85 triệu đồng;",
            "b) Trồng mới 32,0 ha rừng sản xuất.",
            "",
            "| STT | Chỉ tiêu | Đơn vị | Kế hoạch 2026 |",
            "| 1 | Thu ngân sách | triệu đồng | 85 |",
            "| 2 | Tỷ lệ che phủ rừng | % | 40,64 |",
            "",
            "Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện.",
            "");

    @Test
    void readsParagraphsListNumbersAndTablesOfALegacyWordFile() throws Exception {
        DocumentText text = Documents.read(new DocumentSource("Nghị quyết.doc", fixture()));

        assertThat(text.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(text.text()).isEqualTo(EXPECTED);
    }

    @Test
    void readsTheSameTextAsTheDocxItWasSavedFrom() throws Exception {
        DocumentText docx = Documents.read(new DocumentSource("Nghị quyết.docx", sourceDocx()));

        assertThat(docx.text()).isEqualTo(EXPECTED);
    }

    @Test
    void refusesALegacyWordFileCutInHalf() throws IOException {
        byte[] doc = fixture();

        assertThat(Refused.messageFor("Nghị quyết.doc", Arrays.copyOf(doc, doc.length / 2)))
                .contains("bị hỏng hoặc không đầy đủ");
    }

    static byte[] fixture() throws IOException {
        try (InputStream in = DocReaderTests.class.getResourceAsStream("nghi-quyet.doc")) {
            return in.readAllBytes();
        }
    }

    /** The document the fixture was converted from. */
    static byte[] sourceDocx() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxReaderTests.WordLists lists = new DocxReaderTests.WordLists(document);
            BigInteger numbers = lists.list(0, "decimal:%1.");
            BigInteger letters = lists.list(1, "lowerLetter:%1)");
            paragraph(document, null, "NGHỊ QUYẾT");
            paragraph(document, null, "Về kế hoạch phát triển kinh tế - xã hội năm 2026");
            paragraph(document, numbers, "Mục tiêu chung");
            paragraph(document, numbers, "Các chỉ tiêu chủ yếu");
            paragraph(document, letters, "Thu ngân sách nhà nước đạt 85 triệu đồng;");
            paragraph(document, letters, "Trồng mới 32,0 ha rừng sản xuất.");
            String[][] cells = {{"STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2026"}, {"1", "Thu ngân sách", "triệu đồng", "85"},
                {"2", "Tỷ lệ che phủ rừng", "%", "40,64"}};
            XWPFTable table = document.createTable(cells.length, cells[0].length);
            for (int row = 0; row < cells.length; row++) {
                for (int column = 0; column < cells[row].length; column++) {
                    table.getRow(row).getCell(column).setText(cells[row][column]);
                }
            }
            paragraph(document, null, "Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện.");
            return DocxReaderTests.bytes(document);
        }
    }

    private static void paragraph(XWPFDocument document, BigInteger numId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (numId != null) {
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.ZERO);
        }
        paragraph.createRun().setText(text);
    }
}

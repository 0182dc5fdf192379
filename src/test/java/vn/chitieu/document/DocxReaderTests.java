package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** Word documents built with POI: body order, tables, list numbers and what is left out. */
class DocxReaderTests {

    @Test
    void readsParagraphsInOrderEachEndingWithALineBreak() throws Exception {
        byte[] docx = TestDocuments.docx(List.of("NGHỊ QUYẾT", "", "Điều 1. Thông qua Kế hoạch."));

        DocumentText text = read(docx);

        assertThat(text.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(text.text()).isEqualTo("NGHỊ QUYẾT\n\nĐiều 1. Thông qua Kế hoạch.\n");
    }

    @Test
    void readsTablesAsPipeRowsInDocumentOrder() throws Exception {
        byte[] docx = TestDocuments.docx("Trước bảng\n| STT | Chỉ tiêu | Kế hoạch |\n| 1 | Thu ngân sách | 85 |\nSau bảng\n");

        assertThat(read(docx).text()).isEqualTo(
                "Trước bảng\n\n| STT | Chỉ tiêu | Kế hoạch |\n| 1 | Thu ngân sách | 85 |\n\nSau bảng\n");
    }

    @Test
    void keepsOneBlankLineAroundATableWhenTheDocumentHasEmptyParagraphsThere() throws Exception {
        String text = "Trước bảng\n\n| a | b |\n\nSau bảng\n";

        assertThat(read(TestDocuments.docx(text)).text()).isEqualTo(text);
    }

    @Test
    void joinsTheParagraphsOfACellWithASpaceAndFlattensNestedTables() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(1, 2);
            XWPFTableCell cell = table.getRow(0).getCell(0);
            cell.setText("Tổng sản lượng");
            cell.addParagraph().createRun().setText("lương thực có hạt");
            XWPFTableCell outer = table.getRow(0).getCell(1);
            outer.setText("Chi tiết:");
            XWPFTable nested = new XWPFTable(outer.getCTTc().addNewTbl(), outer, 2, 1);
            nested.getRow(0).getCell(0).setText("lúa");
            nested.getRow(1).getCell(0).setText("ngô");

            String text = read(bytes(document)).text();

            assertThat(text).isEqualTo("| Tổng sản lượng lương thực có hạt | Chi tiết: lúa ngô |\n\n");
        }
    }

    @Test
    void turnsSoftLineBreaksIntoLineFeeds() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("HỘI ĐỒNG NHÂN DÂN");
            run.addBreak();
            run.setText("XÃ KHOEN ON");

            assertThat(read(bytes(document)).text()).isEqualTo("HỘI ĐỒNG NHÂN DÂN\nXÃ KHOEN ON\n");
        }
    }

    @Test
    void leavesOutPageHeadersAndFooters() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("CỘNG HÒA XÃ HỘI");
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang 1");
            document.createParagraph().createRun().setText("Điều 1.");

            assertThat(read(bytes(document)).text()).isEqualTo("Điều 1.\n");
        }
    }

    @Test
    void writesListNumbersInFrontOfTheirParagraphs() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            WordLists lists = new WordLists(document);
            BigInteger outline = lists.list(0, "decimal:%1.", "decimal:%1.%2.", "lowerLetter:%2)");
            BigInteger items = lists.list(1, "decimal:(%1)");
            BigInteger roman = lists.list(2, "upperRoman:%1.", "lowerRoman:%2.");
            BigInteger bullets = lists.list(3, "bullet:\uF0B7", "bullet:+", "bullet:-");
            paragraph(document, roman, 0, "MỤC TIÊU");
            paragraph(document, roman, 1, "Chung");
            paragraph(document, roman, 1, "Cụ thể");
            paragraph(document, outline, 0, "Về kinh tế");
            paragraph(document, outline, 1, "Nông nghiệp");
            paragraph(document, outline, 1, "Dịch vụ");
            paragraph(document, outline, 0, "Về xã hội");
            paragraph(document, outline, 1, "Giáo dục");
            paragraph(document, items, 0, "Thu ngân sách đạt 85 triệu đồng.");
            paragraph(document, items, 0, "Trồng mới 32,0 ha rừng.");
            paragraph(document, bullets, 0, "Tăng cường quản lý");
            paragraph(document, bullets, 1, "Đất đai");
            paragraph(document, bullets, 2, "Khoáng sản");
            paragraph(document, roman, 0, "NHIỆM VỤ");

            assertThat(read(bytes(document)).text()).isEqualTo(String.join("\n",
                    "I. MỤC TIÊU", "i. Chung", "ii. Cụ thể",
                    "1. Về kinh tế", "1.1. Nông nghiệp", "1.2. Dịch vụ", "2. Về xã hội", "2.1. Giáo dục",
                    "(1) Thu ngân sách đạt 85 triệu đồng.", "(2) Trồng mới 32,0 ha rừng.",
                    "- Tăng cường quản lý", "+ Đất đai", "- Khoáng sản",
                    "II. NHIỆM VỤ", ""));
        }
    }

    @Test
    void writesLettersForLetteredListLevels() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger letters = new WordLists(document).list(0, "lowerLetter:%1)", "upperLetter:%2.");
            paragraph(document, letters, 0, "Nông nghiệp");
            paragraph(document, letters, 1, "Trồng trọt");
            paragraph(document, letters, 0, "Công nghiệp");

            assertThat(read(bytes(document)).text()).isEqualTo("a) Nông nghiệp\nA. Trồng trọt\nb) Công nghiệp\n");
        }
    }

    @Test
    void continuesOneSequenceAcrossListInstancesUnlessOneRestartsIt() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            WordLists lists = new WordLists(document);
            BigInteger first = lists.list(0, "decimal:%1.");
            BigInteger continued = lists.instanceOf(0);
            BigInteger restarted = lists.instanceOf(0);
            lists.restart(restarted, 0, 1);
            paragraph(document, first, 0, "Một");
            paragraph(document, first, 0, "Hai");
            paragraph(document, continued, 0, "Ba");
            paragraph(document, restarted, 0, "Lại một");
            paragraph(document, restarted, 0, "Lại hai");

            assertThat(read(bytes(document)).text()).isEqualTo("1. Một\n2. Hai\n3. Ba\n1. Lại một\n2. Lại hai\n");
        }
    }

    @Test
    void numbersParagraphsWhoseStyleCarriesTheList() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger articles = new WordLists(document).list(0, "decimal:Điều %1.");
            CTStyle style = CTStyle.Factory.parse("<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                    + " w:type=\"paragraph\" w:styleId=\"Dieu\"><w:name w:val=\"Điều\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/>"
                    + "<w:numId w:val=\"" + articles + "\"/></w:numPr></w:pPr></w:style>",
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            document.createStyles().addStyle(new XWPFStyle(style));
            for (String title : List.of("Thông qua Kế hoạch.", "Tổ chức thực hiện.")) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle("Dieu");
                paragraph.createRun().setText(title);
            }

            assertThat(read(bytes(document)).text()).isEqualTo("Điều 1. Thông qua Kế hoạch.\nĐiều 2. Tổ chức thực hiện.\n");
        }
    }

    @Test
    void refusesTextTypedInAPreUnicodeVietnameseFont() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("NghÞ quyÕt sè 13/NQ-H§ND vÒ kÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi");
            run.setFontFamily(".VnTime");

            assertThat(Refused.messageFor("Nghị quyết.docx", bytes(document))).contains(".VnTime", "Unicode", "Unikey");
        }
    }

    @Test
    void refusesADocumentWhoseDefaultFontIsAPreUnicodeOne() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii("VNI-Times");
            fonts.setHAnsi("VNI-Times");
            document.createStyles().setDefaultFonts(fonts);
            document.createParagraph().createRun().setText("Nghò quyeát soá 13");

            assertThat(Refused.messageFor("Nghị quyết.docx", bytes(document))).contains("VNI-Times");
        }
    }

    @Test
    void readsUnicodeTextWithAFewWordsInAnOldFont() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026 của xã.");
            XWPFRun old = paragraph.createRun();
            old.setText(" (kÌm)");
            old.setFontFamily(".VnTime");

            assertThat(read(bytes(document)).text()).startsWith("Điều 1.");
        }
    }

    @Test
    void readsASeedResolutionBackAsItWasWritten() throws Exception {
        String seed = TestDocuments.seed("001_01930460f18dce62.txt");

        assertThat(read(TestDocuments.docx(seed)).text()).isEqualTo(seed.endsWith("\n") ? seed : seed + "\n");
    }

    private static void paragraph(XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    private static DocumentText read(byte[] docx) throws DocumentException {
        return Documents.read(new DocumentSource("Nghị quyết.docx", docx));
    }

    static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    /** Adds Word list definitions ("numFmt:lvlText" per level) to a document, as Word writes them. */
    static final class WordLists {
        private final XWPFNumbering numbering;

        WordLists(XWPFDocument document) {
            this.numbering = document.createNumbering();
        }

        BigInteger list(int abstractNumId, String... levels) throws XmlException {
            StringBuilder xml = new StringBuilder("<w:abstractNum xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\" w:abstractNumId=\"" + abstractNumId + "\">");
            for (int level = 0; level < levels.length; level++) {
                String[] formatAndText = levels[level].split(":", 2);
                xml.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                        .append("<w:numFmt w:val=\"").append(formatAndText[0]).append("\"/>")
                        .append("<w:lvlText w:val=\"").append(formatAndText[1]).append("\"/></w:lvl>");
            }
            xml.append("</w:abstractNum>");
            CTAbstractNum abstractNum = CTAbstractNum.Factory.parse(xml.toString(),
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            return instanceOf(abstractNumId);
        }

        BigInteger instanceOf(int abstractNumId) {
            return numbering.addNum(BigInteger.valueOf(abstractNumId));
        }

        void restart(BigInteger numId, int level, int start) {
            var override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
    }
}

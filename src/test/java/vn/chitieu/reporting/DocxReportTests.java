package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.chitieu.reporting.internal.DocxReport;

class DocxReportTests {

    private static XWPFDocument read(ImplementationReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxReport.write(report, null)));
    }

    @Test
    void laysOutTheNationalHeadingBesideTheIssuingBody() throws IOException {
        try (XWPFDocument doc = read(SampleReports.commune(false, 0))) {
            XWPFTable heading = doc.getTables().get(0);
            String left = heading.getRow(0).getCell(0).getText();
            String right = heading.getRow(0).getCell(1).getText();
            assertThat(left).contains("ỦY BAN NHÂN DÂN", "XÃ KHOEN ON", "Số:        /BC-UBND");
            assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Khoen On, ngày 23 tháng 11 năm 2026");
            XWPFParagraph body = heading.getRow(0).getCell(0).getParagraphs().get(1);
            assertThat(body.getRuns().get(0).isBold()).as("the issuing body's own name is bold").isTrue();
        }
    }

    @Test
    void writesTheBodyWithRealHeadingsAndTimesNewRoman() throws IOException {
        ImplementationReport report = SampleReports.commune(false, 0);
        try (XWPFDocument doc = read(report)) {
            List<String> level1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .toList();
            List<String> level2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .toList();
            assertThat(level1).containsExactly("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "II. CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT");
            assertThat(level2).containsExactly("1. Về kinh tế", "2. Về văn hóa - xã hội");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains(report.summary(), report.closing(), report.addressee(), "BÁO CÁO", report.title().get(1));
            for (ImplementationReport.Section section : report.sections()) {
                section.paragraphs().forEach(p -> assertThat(text).contains(p));
            }
            report.atRisk().forEach(line -> assertThat(text).contains(line));
            XWPFParagraph summary = doc.getParagraphs().stream().filter(p -> p.getText().equals(report.summary())).findFirst().orElseThrow();
            XWPFRun run = summary.getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void putsRecipientsBesideTheSignature() throws IOException {
        try (XWPFDocument doc = read(SampleReports.commune(false, 0))) {
            XWPFTable block = doc.getTables().get(1);
            assertThat(block.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Thường trực HĐND xã;", "- Lưu: VT.");
            assertThat(block.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
    }

    @Test
    void appendsTheIndicatorTableInLandscapeWithEveryNumber() throws IOException {
        ImplementationReport report = SampleReports.commune(false, 0);
        try (XWPFDocument doc = read(report)) {
            XWPFTable table = doc.getTables().get(2);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(report.appendix().columns());
            assertThat(table.getRows()).hasSize(report.appendix().rows().size() + 1);
            assertThat(table.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("I", "Về kinh tế");
            assertThat(table.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("1",
                    "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", "≥ 85 triệu đồng", "92,5", "80", "108,8", "115,6", "Vượt");
            assertThat(table.getRow(5).getCell(4).getText()).isEqualTo("15,2 (ước)");
            assertThat(table.getRow(6).getCell(4).getText()).isEmpty();

            CTSectPr portrait = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(portrait.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(((BigInteger) portrait.getPgSz().getW())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(((BigInteger) portrait.getPgMar().getLeft())).isEqualTo(BigInteger.valueOf(1701));
            assertThat(((BigInteger) portrait.getPgMar().getRight())).isEqualTo(BigInteger.valueOf(850));
            assertThat(portrait.isSetTitlePg()).as("no page number on the first page").isTrue();
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        }
    }

    @Test
    void numbersPagesAtTheTopAndMarksEveryPageOfADraft() throws IOException {
        try (XWPFDocument draft = read(SampleReports.commune(true, 0)); XWPFDocument fin = read(SampleReports.commune(false, 0))) {
            assertThat(draft.getHeaderList()).hasSize(2);
            for (XWPFHeader header : draft.getHeaderList()) {
                assertThat(header.getText()).contains("DỰ THẢO");
            }
            for (XWPFHeader header : fin.getHeaderList()) {
                assertThat(header.getText()).doesNotContain("DỰ THẢO");
            }
            boolean numbered = fin.getHeaderList().stream().flatMap(h -> h.getParagraphs().stream())
                    .anyMatch(p -> p.getCTP().getFldSimpleList().stream().anyMatch(f -> f.getInstr().startsWith("PAGE")));
            assertThat(numbered).isTrue();
        }
    }
}

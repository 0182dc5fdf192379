package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.reporting.internal.DocxReport;
import vn.chitieu.reporting.internal.DocxRollUp;
import vn.chitieu.reporting.internal.XlsxReport;
import vn.chitieu.reporting.internal.XlsxRollUp;

/**
 * Every file the reports are written as opens in LibreOffice (headless, converted to PDF), with
 * its pages and its words where they belong: what a commune's computer would show.
 */
class ReportsInLibreOfficeTests {
    @TempDir
    Path dir;

    @Test
    void theWordReportOpensWithItsHeadingBodyAndALandscapeAppendix() throws Exception {
        ImplementationReport report = SampleReports.commune(true, 40);
        try (PDDocument pdf = open("report.docx", DocxReport.write(report, null))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "BÁO CÁO", "1. Về kinh tế",
                    "Thu ngân sách nhà nước trên địa bàn", "92,5", "108,8", "15,2 (ước)", "1.306,5", "Nơi nhận:", "CHỦ TỊCH");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDPage first = pdf.getPage(0);
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertThat(first.getMediaBox().getWidth()).as("A4 portrait").isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(last.getMediaBox().getWidth()).as("the appendix in landscape").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p + 1);
                page.setEndPage(p + 1);
                assertThat(page.getText(pdf)).as("page %d", p + 1).contains("DỰ THẢO");
            }
        }
    }

    @Test
    void theSpreadsheetsOpenWithVietnameseNumbers() throws Exception {
        try (PDDocument pdf = open("bieu.xlsx", XlsxReport.write(SampleReports.commune(false, 0)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Thu ngân sách nhà nước trên địa bàn", "92,5", "108,8")
                    .doesNotContain("DỰ THẢO");
        }
        try (PDDocument pdf = open("tong-hop.xlsx", XlsxRollUp.write(SampleReports.rollUp(false, 120)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("xã Số 1", "xã Số 120", "Tỷ lệ che phủ rừng");
        }
    }

    @Test
    void theWordRollUpOpensWithEveryCommune() throws Exception {
        try (PDDocument pdf = open("tong-hop.docx", DocxRollUp.write(SampleReports.rollUp(false, 120)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("TỈNH CAO BẰNG", "xã Số 1", "xã Số 120", "Các chỉ tiêu không đạt ở nhiều xã nhất");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("landscape").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    private PDDocument open(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return Loader.loadPDF(LibreOffice.toPdf(file).toFile());
    }
}

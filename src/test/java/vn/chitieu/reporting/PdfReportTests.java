package vn.chitieu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chitieu.reporting.internal.PdfReport;
import vn.chitieu.reporting.internal.ReportFonts;

class PdfReportTests {
    private static byte[] finalReport;
    private static byte[] longDraft;

    @BeforeAll
    static void write() {
        ReportFonts fonts = ReportFonts.system();
        finalReport = PdfReport.write(SampleReports.commune(false, 0), fonts);
        longDraft = PdfReport.write(SampleReports.commune(true, 60), fonts);
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (byte[] pdf : List.of(finalReport, longDraft)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        fonts.add(font.getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
            }
        }
    }

    @Test
    void theVietnameseTextReadsBackFromThePdf() throws IOException {
        String text = text(finalReport);
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ KHOEN ON", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Khoen On, ngày 23 tháng 11 năm 2026", "BÁO CÁO",
                "Kính gửi: Hội đồng nhân dân xã Khoen On.", "Có 2/4 chỉ tiêu đạt và vượt kế hoạch",
                "1. Về kinh tế", "II. CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Biểu: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG CUỐI NĂM 2025", "Đánh giá", "Không đạt", "Chưa đến hạn");
        assertThat(text.replaceAll("\\s+", " ")).contains("Tình hình thực hiện Nghị quyết số 15/NQ-HĐND");
    }

    @Test
    void theNumberLeftForTheClerkKeepsItsSpaces() throws IOException {
        assertThat(text(finalReport)).contains("Số:        /BC-UBND");
    }

    @Test
    void theTableWritesNumbersTheVietnameseWay() throws IOException {
        String table = text(finalReport, 3, 3);
        assertThat(table).contains("92,5", "108,8", "115,6", "40,1", "98,7", "105,2", "92,7", "16,4", "80",
                "15,2 (ước)", "≥ 40,64 %", "≤ 15,99 %");
        assertThat(table).doesNotContain("92.5", "108.8");
        assertThat(text(longDraft)).contains("1.306,5", "99,1");
    }

    @Test
    void theReportIsPortraitA4AndItsAppendixLandscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(longDraft)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDPage first = document.getPage(0);
            assertThat(first.getRotation()).isZero();
            assertA4(first.getMediaBox(), false);
            String second = text(longDraft, 2, 2);
            assertThat(second).doesNotContain("Biểu:");
            for (int i = 2; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight() ^ page.getRotation() % 180 != 0;
                assertThat(landscape).as("page %d is landscape", i + 1).isTrue();
                assertA4(page.getMediaBox(), true);
            }
        }
    }

    @Test
    void theTableHeadingIsRepeatedOnEveryPageOfTheAppendix() throws IOException {
        try (PDDocument document = Loader.loadPDF(longDraft)) {
            for (int page = 3; page <= document.getNumberOfPages(); page++) {
                assertThat(text(longDraft, page, page)).as("page %d", page).contains("STT", "Chỉ tiêu", "Đánh giá");
            }
        }
    }

    @Test
    void aDraftSaysSoOnEveryPageAndTheFinalReportOnNone() throws IOException {
        try (PDDocument document = Loader.loadPDF(longDraft)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text(longDraft, page, page)).as("page %d", page).contains("DỰ THẢO");
            }
        }
        assertThat(text(finalReport)).doesNotContain("DỰ THẢO");
    }

    @Test
    void pagesAreNumberedFromTheSecondOn() throws IOException {
        assertThat(text(finalReport, 1, 1).lines().map(String::strip)).doesNotContain("1");
        assertThat(text(finalReport, 2, 2).lines().map(String::strip)).contains("2");
        assertThat(text(finalReport, 3, 3).lines().map(String::strip)).contains("3");
    }

    @Test
    void theCountsChartIsAnImageNearTheStart() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalReport)) {
            int images = 0;
            for (int i = 0; i < 2; i++) {
                PDResources resources = document.getPage(i).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isEqualTo(1400);
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void theDocumentIsTitledInVietnamese() throws IOException {
        try (PDDocument document = Loader.loadPDF(finalReport)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Tình hình thực hiện Nghị quyết số 15/NQ-HĐND");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Chỉ tiêu");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        }
    }

    @Test
    void markupInTheContentIsWrittenAsText() throws IOException {
        ImplementationReport sample = SampleReports.commune(false, 0);
        ImplementationReport tricky = new ImplementationReport(sample.heading(), sample.title(), sample.addressee(),
                "<b>\"NHÁP\" & \\ </b>", sample.periodLabel(), sample.resultsHeading(), "Tỷ lệ < 5 % & > 2 % </p><p>", sample.counts(),
                sample.indicatorCount(), sample.sections(), sample.atRiskHeading(), List.of(), sample.closing(),
                sample.recipientsHeading(), sample.recipients(), sample.signature(), sample.appendix(), sample.fileName(), sample.locale());
        String text = text(PdfReport.write(tricky, ReportFonts.system()));
        assertThat(text).contains("Tỷ lệ < 5 % & > 2 % </p><p>", "<b>\"NHÁP\" & \\ </b>")
                .doesNotContain("II. CÁC CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT");
    }

    private static void assertA4(PDRectangle box, boolean landscape) {
        float width = landscape ? box.getHeight() : box.getWidth();
        float height = landscape ? box.getWidth() : box.getHeight();
        assertThat(width).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
        assertThat(height).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
    }

    private static String text(byte[] pdf) throws IOException {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    private static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }
}

package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.chitieu.plan.PlanFixtures.COMMUNE;
import static vn.chitieu.plan.ResolutionApiCalls.body;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chitieu.IntegrationTest;
import vn.chitieu.plan.web.PageVisitor;

/** The implementation report and the province's roll-up through the API: approved values by default, a draft on request. */
@IntegrationTest
@AutoConfigureMockMvc
class ReportApiIntegrationTests extends ResolutionApiTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void reportsApprovedValuesAndMarksADraftOnEveryPage() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        api.putJson("/api/targets/" + revenue + "/actuals/2026-H1", "{\"value\": 1306.5, \"note\": \"thu tiền sử dụng đất\"}", officer)
                .andExpect(status().isCreated());
        String path = "/api/resolutions/" + id + "/report?period=2026-H1";

        // nothing approved yet: the report has no value; the draft has it, and says so on every page
        String approved = docxText(bytes(api.get(path + "&format=docx", officer)
                .andExpect(header().string("Content-Type", DOCX))
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".docx")))
                .andExpect(header().string("Cache-Control", "no-store"))));
        assertThat(approved).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ ĐÔNG KHÊ", "6 tháng đầu năm 2026", "Chưa có số liệu")
                .doesNotContain("1.306,5", "DỰ THẢO");
        byte[] draft = bytes(api.get(path + "&format=docx&draft=true", officer));
        assertThat(docxText(draft)).contains("1.306,5", "thu tiền sử dụng đất");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draft))) {
            assertThat(doc.getHeaderList()).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("DỰ THẢO"));
        }

        api.post("/api/resolutions/" + id + "/periods/2026-H1/submit", officer).andExpect(status().isOk());
        api.post("/api/resolutions/" + id + "/periods/2026-H1/approve", leader).andExpect(status().isOk());
        assertThat(docxText(bytes(api.get(path + "&format=docx", officer)))).contains("1.306,5").doesNotContain("DỰ THẢO");

        // the period page's links, with the signed-in session
        assertThat(html(get("/resolutions/" + id + "/periods/2026-H1"), officer, 200))
                .contains("/resolutions/" + id + "/periods/2026-H1/report.docx", "/report.pdf", "/report.xlsx?draft=true");
        MvcResult page = mvc.perform(get("/resolutions/" + id + "/periods/2026-H1/report.docx").with(PageVisitor.as(officer))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentType()).isEqualTo(DOCX);
        assertThat(docxText(page.getResponse().getContentAsByteArray())).contains("1.306,5");
        assertThat(mvc.perform(get("/resolutions/" + id + "/periods/2026-H1/report.odt").with(PageVisitor.as(officer))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(api.get(path + "&format=xlsx", officer))))) {
            assertThat(cellTexts(book.getSheetAt(0))).contains("Thực hiện kỳ này", "1.306,5");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes(api.get(path + "&format=pdf", officer)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "1.306,5");
        }
    }

    @Test
    void refusesAnUnknownFormatAPeriodOutsideThePlanAndADraftToThoseWhoMayNotSeeIt() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        String path = "/api/resolutions/" + id + "/report?period=2026-H1";
        api.get(path + "&format=odt", officer).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.containsString("docx, xlsx, pdf")));
        api.get("/api/resolutions/" + id + "/report?period=2031&format=docx", officer).andExpect(status().isUnprocessableEntity());
        api.get(path + "&format=docx", PlanFixtures.officer(PlanFixtures.NEIGHBOUR)).andExpect(status().isNotFound());
        api.get(path + "&format=docx", null).andExpect(status().isNotFound());
        api.post("/api/resolutions/" + id + "/publish", leader).andExpect(status().isOk());
        api.get(path + "&format=docx", null).andExpect(status().isOk());
        api.get(path + "&format=docx&draft=true", null).andExpect(status().isForbidden());
    }

    @Test
    void rollsUpTheProvincesCommunesForItsOfficers() throws Exception {
        long id = adoptedSeed("004_f42de0dbd07577f5.txt");
        long revenue = body(api.get("/api/resolutions/" + id, officer)).at("/indicators/0/targets/0/id").asLong();
        api.putJson("/api/targets/" + revenue + "/actuals/2026-H1", "{\"value\": 700}", officer).andExpect(status().isCreated());
        var province = PlanFixtures.provinceOfficer(PlanFixtures.PROVINCE);
        String path = "/api/provinces/" + PlanFixtures.PROVINCE + "/report?period=2026-H1";

        String text = docxText(bytes(api.get(path + "&format=docx&draft=true", province)));
        assertThat(text).contains("TỈNH CAO BẰNG", "xã Đông Khê", "Đang nhập số liệu");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(api.get(path + "&format=xlsx", province))))) {
            assertThat(cellTexts(book.getSheetAt(0))).contains("xã Đông Khê");
        }
        api.get(path + "&format=docx", officer).andExpect(status().isNotFound());
        api.get(path + "&format=pdf", province).andExpect(status().isUnprocessableEntity());
        String form = "/units/" + PlanFixtures.PROVINCE + "/report?period=2026-H1&format=xlsx";
        assertThat(mvc.perform(get(form).with(PageVisitor.as(province))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(form).with(PageVisitor.as(officer))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(form)).andReturn().getResponse().getStatus()).as("a visitor").isEqualTo(404);
        assertThat(mvc.perform(get(form).with(PageVisitor.as(PlanFixtures.provinceOfficer(PlanFixtures.FAR_PROVINCE)))).andReturn()
                .getResponse().getStatus()).as("another province's officer").isEqualTo(404);
        assertThat(html(get("/units/" + PlanFixtures.PROVINCE + "/resolutions"), province, 200)).contains("rv-rollup", "2026-H1");
        api.get("/api/provinces/99/report?period=2026-H1", province).andExpect(status().isNotFound());
        api.get(path, null).andExpect(status().isUnauthorized());
    }

    private static byte[] bytes(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder(new XWPFWordExtractor(doc).getText());
            for (XWPFHeader h : doc.getHeaderList()) {
                text.append('\n').append(h.getText());
            }
            return text.toString();
        }
    }

    private static String cellTexts(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi"));
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
            text.append('\n');
        }
        return text.toString();
    }
}

package vn.chitieu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestDatabase;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.reporting.LibreOffice;
import vn.chitieu.security.Role;
import vn.chitieu.security.TestAccounts;

/**
 * A half-year's report in a real browser, on seed 001 (Khoen On, the second half of 2025): the
 * commune's officer imports the resolution and its leader adopts it; the officer enters values in
 * the grid (Enter moves down a row; a save lost to a dropped connection is sent again by itself),
 * submits; the leader approves; both see each target judged and a target's chart drawn; the leader
 * downloads the half-year's report as DOCX, PDF and XLSX, and LibreOffice opens them. Each step
 * leaves a screenshot under target/screenshots, the reports under target/reports.
 */
@IntegrationTest
class HalfYearMonitoringBrowserIntegrationTests extends BrowserTest {
    private static final String KHOEN_ON = "03640";

    @Autowired
    ApplicationContext context;

    @Test
    void entersTheHalfYearSubmitsApprovesSeesStatusesAndAChartAndDownloadsTheReport() throws Exception {
        String database = TestDatabase.postgres() ? "postgres" : "h2";
        TestAccounts accounts = new TestAccounts(context);
        String officer = accounts.create(Role.COMMUNE_OFFICER, KHOEN_ON);
        String leader = accounts.create(Role.COMMUNE_LEADER, KHOEN_ON);
        Browser.NewContextOptions vietnamese = new Browser.NewContextOptions().setLocale("vi-VN");
        try (BrowserContext officerContext = chromium.browser().newContext(vietnamese);
                BrowserContext leaderContext = chromium.browser().newContext(vietnamese)) {
            Page page = signIn(officerContext, officer);
            page.navigate(base() + "/units/" + KHOEN_ON + "/import");
            byte[] text = (TestDocuments.seed("001_01930460f18dce62.txt") + "\n" + database + " " + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8);
            page.locator("#upload-file").setInputFiles(new FilePayload("Nghị quyết 13.txt", "text/plain", text));
            page.locator("#upload-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/resolutions/\\d+/review.*"), new Page.WaitForURLOptions().setTimeout(30_000));
            String resolution = page.url().replaceAll("(/resolutions/\\d+).*", "$1").replaceAll("^https?://[^/]+", "");
            // the review asks for forest cover's unit ("đạt 40,64"); the officer follows the problem's link and types it
            Locator problem = page.locator("a", new Page.LocatorOptions().setHasText("chưa có đơn vị tính")).first();
            String field = problem.getAttribute("href");
            assertThat(field).endsWith("-unit");
            problem.click();
            page.locator(field).fill("%");
            page.locator("button.primary[name=action][value=save]").click();
            page.waitForLoadState();
            assertThat(page.locator("main")).not().containsText("chưa có đơn vị tính");

            Page leaderPage = signIn(leaderContext, leader);
            leaderPage.navigate(base() + resolution + "/review");
            leaderPage.locator("button[name=action][value=adopt]").first().click();
            leaderPage.waitForURL(Pattern.compile(".*/resolutions/\\d+(\\?.*)?$"));
            assertThat(leaderPage.locator("main")).containsText("Đã thông qua");

            // the plan's half-year, from the resolution's page
            page.navigate(base() + resolution);
            page.locator("a[href$='/periods']").first().click();
            page.locator("a[href$='/periods/2025-H2']").click();
            assertThat(page.locator("h1")).hasText("6 tháng cuối năm 2025");
            page.locator("a[href$='/periods/2025-H2/entry']").first().click();
            assertThat(page.locator("h1")).containsText("Nhập số liệu");

            Locator revenue = row(page, "Thu ngân sách nhà nước");
            Locator forest = row(page, "Tỷ lệ che phủ rừng");
            Locator tourists = row(page, "Số lượt khách du lịch");
            Locator underweight = row(page, "thể cân nặng");

            // Enter saves the row and moves to the next row's value
            revenue.locator(".entry-value").fill("92,5");
            revenue.locator(".entry-value").press("Enter");
            assertThat(revenue.locator(".entry-state")).containsText("Đã lưu");
            assertThat(page.locator(".rv-entry-grid tbody tr").nth(1).locator(".entry-value")).isFocused();

            // the revenue's evidence, a scanned page, goes up from its row without touching the value
            revenue.locator(".entry-file").setInputFiles(new FilePayload("Biên bản thu ngân sách.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            assertThat(revenue.locator(".entry-evidence")).containsText("Đã đính kèm");
            assertThat(revenue.locator(".entry-evidence a")).hasText("Biên bản thu ngân sách.pdf");
            assertThat(revenue.locator(".entry-value")).hasValue("92,5");

            // a save lost to the connection says so and goes through by itself
            String forestId = forest.getAttribute("id").substring("entry-".length());
            AtomicInteger attempts = new AtomicInteger();
            page.route("**/periods/2025-H2/entry/" + forestId, route -> {
                if (attempts.getAndIncrement() == 0) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            forest.locator(".entry-value").fill("40,1");
            forest.locator(".entry-value").press("Tab");
            assertThat(forest.locator(".entry-state")).containsText("mất kết nối");
            assertThat(forest.locator(".entry-state")).containsText("Đã lưu", new com.microsoft.playwright.assertions.LocatorAssertions
                    .ContainsTextOptions().setTimeout(15_000));
            assertThat(attempts.get()).isEqualTo(2);
            assertThat(forest).not().hasClass(Pattern.compile(".*entry-unsent.*"));

            tourists.locator(".entry-value").fill("550");
            tourists.locator(".entry-value").press("Tab");
            assertThat(tourists.locator(".entry-state")).containsText("Đã lưu");
            underweight.locator(".entry-value").fill("15,2");
            underweight.locator("input[name=estimate]").check();
            assertThat(underweight.locator(".entry-state")).containsText("Đã lưu");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-half-1-entry")).setFullPage(true));

            page.locator("a[href$='/periods/2025-H2']").first().click();
            page.locator("form[action$='/submit'] button").click();
            assertThat(page.locator("main")).containsText("Đã gửi, chờ duyệt");

            leaderPage.navigate(base() + resolution + "/periods/2025-H2");
            leaderPage.locator("form[action$='/approve'] button").click();
            assertThat(leaderPage.locator(".rv-facts")).containsText("Đã duyệt");

            // every target judged, the counts in a bar, and the revenue's chart drawn
            Locator table = leaderPage.locator("table.rv-assessment");
            assertThat(judged(table, "Thu ngân sách nhà nước")).containsText("Vượt");
            assertThat(judged(table, "Thu ngân sách nhà nước")).containsText("108,8 %");
            assertThat(judged(table, "Tỷ lệ che phủ rừng")).containsText("Không đạt");
            assertThat(judged(table, "Số lượt khách du lịch")).containsText("Đạt");
            assertThat(judged(table, "thể cân nặng")).containsText("Vượt");
            assertThat(judged(table, "thể cân nặng")).containsText("ước");
            assertThat(judged(table, "Tỷ lệ lao động qua đào tạo")).containsText("Chưa có số liệu");
            assertThat(leaderPage.locator(".rv-counts")).containsText("chỉ tiêu theo kết quả");
            assertThat(leaderPage.locator(".rv-count-bar rect.fill-NOT_MET")).hasCount(1);

            Locator chart = leaderPage.locator("details.rv-chart", new Page.LocatorOptions().setHasText("Thu ngân sách nhà nước"));
            chart.locator("summary").click();
            Locator canvas = chart.locator("canvas");
            assertThat(canvas).hasAttribute("data-drawn", "true");
            assertThat((Boolean) canvas.evaluate("c => window.Chart.getChart(c).data.datasets[0].data[0].y === 92.5")).isTrue();
            assertThat((Boolean) canvas.evaluate("c => c.width > 100 && c.height > 100")).isTrue();
            chart.screenshot(new Locator.ScreenshotOptions().setPath(Chromium.screenshot(database + "-half-2-chart")));
            leaderPage.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-half-3-approved")).setFullPage(true));

            // the half-year's report in the three formats, each opened by LibreOffice (or, the PDF, by PDFBox)
            java.nio.file.Path reports = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports", database));
            for (String kind : new String[] {"Báo cáo (Word, DOCX)", "Báo cáo (PDF)", "Biểu chỉ tiêu (Excel, XLSX)"}) {
                Locator link = leaderPage.locator(".rv-report-files a", new Page.LocatorOptions().setHasText(kind)).first();
                Download download = leaderPage.waitForDownload(link::click);
                String name = download.suggestedFilename();
                // a folder per format: LibreOffice's PDF of the DOCX must not overwrite the downloaded PDF
                java.nio.file.Path file = java.nio.file.Files.createDirectories(reports.resolve(name.substring(name.lastIndexOf('.') + 1)))
                        .resolve(name);
                download.saveAs(file);
                java.nio.file.Path pdf = file.toString().endsWith(".pdf") ? file : LibreOffice.toPdf(file);
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    String words = new PDFTextStripper().getText(document);
                    assertThat(words).as(kind).contains("92,5", "Thu ngân sách nhà nước").doesNotContain("DỰ THẢO");
                    assertThat(document.getNumberOfPages()).as(kind).isPositive();
                }
            }

            leaderPage.setViewportSize(360, 740);
            leaderPage.reload();
            assertThat((Boolean) leaderPage.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px")
                    .isTrue();
        }
    }

    private Page signIn(BrowserContext browser, String username) {
        Page page = browser.newPage();
        signIn(page, username, TestAccounts.PASSWORD, () -> { });
        return page;
    }

    private static Locator row(Page page, String subject) {
        return page.locator(".rv-entry-grid tbody tr", new Page.LocatorOptions().setHasText(subject)).first();
    }

    private static Locator judged(Locator table, String subject) {
        return table.locator("tbody tr", new Locator.LocatorOptions().setHasText(subject)).first();
    }
}

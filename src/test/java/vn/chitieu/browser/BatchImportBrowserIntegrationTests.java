package vn.chitieu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;

/**
 * A province's batch on a phone: from the province's page, hand in a ZIP of two communes'
 * resolutions, watch them being read, choose the commune of the one whose commune is not in the
 * province, and watch the progress bar reach 100 % with a review link per document (after an upload
 * over the limit, refused with the page's own message). No page
 * scrolls sideways at 360 px; each step leaves a screenshot under target/screenshots.
 */
@IntegrationTest
class BatchImportBrowserIntegrationTests extends BrowserTest {

    @Test
    void handsInAZipConfirmsTheCommunesAndFollowsTheImportToTheEnd() throws IOException {
        String database = database();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            page.setViewportSize(360, 740);
            signInAsAdmin(page, () -> { });

            page.navigate(base() + "/units/04");
            page.locator("a[href='/units/04/batch']").click();
            page.locator("#batch-files").setInputFiles(new FilePayload("qua-lon.zip", "application/zip", new byte[22 * 1024 * 1024]));
            page.locator("form.batch-upload button[type=submit]").click();
            assertThat(page.locator(".notice.error")).containsText("nặng hơn 21 MB");

            page.locator("#batch-files").setInputFiles(new FilePayload("mua-2025.zip", "application/zip", zip()));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-batch-1-upload")).setFullPage(true));
            page.locator("form.batch-upload button[type=submit]").click();

            // the page reloads itself once every document has been read, to list the communes to confirm
            assertThat(page.locator("#review-heading")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator("main")).containsText("Tìm thấy: xã Đông Khê");
            assertThat(page.locator("main")).containsText("Văn bản ghi: xã Khoen On");
            assertThat(page.locator("#batch-progress")).containsText("Đã đọc xong");
            assertNoSidewaysScrolling(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-batch-2-review")).setFullPage(true));

            page.locator(".batch-review li", new Page.LocatorOptions().setHasText("khoen-on.txt")).locator("select").selectOption("01807");
            page.locator(".batch-review + button[type=submit], form button.primary").last().click();

            assertThat(page.locator("#batch-progress")).containsText("Đã xử lý xong", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#batch-bar")).hasAttribute("value", "100");
            assertThat(page.locator(".batch-imported a")).hasCount(2);
            assertNoSidewaysScrolling(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-batch-3-done")).setFullPage(true));
        }
    }

    private static void assertNoSidewaysScrolling(Page page) {
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();
    }

    private static byte[] zip() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("dong-khe.txt", TestDocuments.seed("000_a52e04d6636138d8.txt"));
        entries.put("khoen-on.txt", TestDocuments.seed("001_01930460f18dce62.txt"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write((entry.getValue() + "\n<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

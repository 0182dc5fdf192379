package vn.chitieu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.SheetBuilder;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * An official's import of a period's values from Excel on a phone, without JavaScript doing the
 * work: the form on the data-entry page, the preview of every row, the confirmation, the values in
 * the grid. No page scrolls sideways at 360 px; each step leaves a screenshot under target/screenshots.
 */
@IntegrationTest
class EntryImportBrowserIntegrationTests extends BrowserTest {
    private static final String COMMUNE = "01786";

    @Autowired
    ResolutionImport imports;
    @Autowired
    Resolutions resolutions;

    @Test
    void uploadsAWorkbookOnAPhoneSeesEveryRowAndSavesTheValues() throws Exception {
        String database = database();
        Actor admin = new Actor(1, "admin", "Quản trị", Role.ADMIN, null);
        byte[] seed = (TestDocuments.seed("004_f42de0dbd07577f5.txt") + "\n<!-- " + database + " " + System.nanoTime() + " -->")
                .getBytes(StandardCharsets.UTF_8);
        long id = imports.importDocument(COMMUNE, "nq.txt", seed, admin).resolution().id();
        resolutions.adopt(id, admin);
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(360, 740))) {
            Page page = context.newPage();
            signInAsAdmin(page, () -> { });

            page.navigate(base() + "/resolutions/" + id + "/periods/2026-H1/entry");
            page.locator("#import summary").click();
            assertThat(page.locator("#import summary")).hasText("Nhập từ Excel");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-import-1-entry")).setFullPage(true));
            page.locator("#import-file").setInputFiles(workbook("3", "12,,5"));
            page.locator("#import button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/entry/import$"));

            assertThat(page.locator("main")).containsText("Cần sửa: không đọc được số “12,,5”");
            assertThat(page.locator("#import-confirm")).hasCount(0);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-import-2-refused")).setFullPage(true));

            page.locator("#import-file").setInputFiles(workbook("3.1", "12,5"));
            page.locator("form.rv-xlsx-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("table.rv-import-rows")).containsText("1.306,5");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-import-3-preview")).setFullPage(true));

            page.locator("#import-confirm button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/entry\\?imported=3$"));
            assertThat(page.locator("main")).containsText("Đã ghi 3 giá trị từ tệp Excel");
            assertThat(page.locator(".rv-entry-grid .entry-value").first()).hasValue("1.306,5");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-import-4-saved")).setFullPage(true));
        }
    }

    /** The half year's values as a commune keeps them, the forest's row numbered and written as given. */
    private static FilePayload workbook(String forestNumber, String forestValue) {
        byte[] bytes = SheetBuilder.sheet("Biểu 01")
                .row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 6 tháng đầu năm 2026", "Ghi chú")
                .row(1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "1.306", "1.306,5", "vượt dự toán nhờ thu tiền sử dụng đất")
                .row(2, "Tổng sản lượng lương thực bình quân năm", "Tấn", "13.900", 7100)
                .row(forestNumber, "Trồng rừng", "ha", 200, forestValue)
                .bytes();
        return new FilePayload("Số liệu 6 tháng.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }
}

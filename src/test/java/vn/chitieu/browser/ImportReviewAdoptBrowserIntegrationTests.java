package vn.chitieu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;
import vn.chitieu.document.TestDocuments;

/**
 * A commune's path through the site in a real browser: sign in, import seed 000 as a PDF, correct
 * one value the Vietnamese way, adopt the resolution, and find it on the commune's page. Each step
 * leaves a screenshot under target/screenshots.
 */
@IntegrationTest
class ImportReviewAdoptBrowserIntegrationTests extends BrowserTest {
    private static final String COMMUNE = "01786";

    @Test
    void signsInImportsAPdfCorrectsAValueAdoptsAndFindsItOnTheCommunePage() {
        String database = database();
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("vi-VN"))) {
            Page page = context.newPage();
            signInAsAdmin(page, () -> page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-1-login"))));

            page.navigate(base() + "/units/" + COMMUNE + "/import");
            byte[] pdf = TestDocuments.pdf(TestDocuments.seed("000_a52e04d6636138d8.txt") + "\n" + database + " " + System.nanoTime());
            page.locator("#upload-file").setInputFiles(new FilePayload("Nghị quyết 32.pdf", "application/pdf", pdf));
            page.locator("#upload-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/resolutions/\\d+/review.*"), new Page.WaitForURLOptions().setTimeout(30_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-2-review")).setFullPage(true));

            Locator value = page.locator("#f-indicators-0-targets-0-value");
            value.fill("43,5");
            page.locator("button.primary[name=action][value=save]").click();
            page.waitForLoadState();
            assertThat(page.locator("#f-indicators-0-targets-0-value")).hasValue("43,5");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-3-corrected")));

            page.locator("button[name=action][value=adopt]").first().click();
            page.waitForURL(Pattern.compile(".*/resolutions/\\d+(\\?.*)?$"));
            String resolutionUrl = page.url().replaceAll("\\?.*", "");
            assertThat(page.locator("main")).containsText("Đã thông qua");
            assertThat(page.locator("main")).containsText("43,5");
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-4-adopted")).setFullPage(true));

            page.navigate(base() + "/units/" + COMMUNE);
            Locator link = page.locator("#resolutions a[href$='" + resolutionUrl.substring(resolutionUrl.indexOf("/resolutions/")) + "']");
            assertThat(link).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-5-commune")).setFullPage(true));

            page.setViewportSize(360, 740);
            page.navigate(resolutionUrl);
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-6-phone")).setFullPage(true));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling at 360 px").isTrue();
        }
    }
}

package vn.chitieu.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chitieu.TestDatabase;

/** A browser test: one headless Chromium for the class, the address of the server under test, the admin signed in. */
abstract class BrowserTest {
    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(Chromium.SCREENSHOTS);
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The database the run is on, to tell the screenshots of the two runs apart. */
    static String database() {
        return TestDatabase.postgres() ? "postgres" : "h2";
    }

    /** Signs the page in; {@code before} runs on the filled sign-in page (for a screenshot). */
    void signIn(Page page, String username, String password, Runnable before) {
        page.navigate(base() + "/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        before.run();
        page.locator("form button[type=submit]").first().click();
        page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
    }

    /** Signs the page in as the admin of the test profile. */
    void signInAsAdmin(Page page, Runnable before) {
        signIn(page, "admin", "test-admin-password", before);
    }
}

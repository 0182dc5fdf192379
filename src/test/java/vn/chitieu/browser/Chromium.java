package vn.chitieu.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright. Playwright never downloads a browser here:
 * CI installs the {@code chromium} package (see .ci/run).
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of(System.getProperty("chitieu.test.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The browser tests need Chromium at " + EXECUTABLE
                    + ": install Debian's package (apt-get install chromium), as .ci/run does");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(java.util.List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }

    Browser browser() {
        return browser;
    }

    /** Playwright itself, for HTTP calls beside the browser (setting up other people's data through the API). */
    Playwright playwright() {
        return playwright;
    }

    static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

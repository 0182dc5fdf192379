package vn.chitieu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestDatabase;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.security.Role;
import vn.chitieu.security.TestAccounts;

/**
 * The province's view in a real browser: Đông Khê's officer imports seed 000 and its leader adopts
 * it; Thạch An, another commune of Cao Bằng, has the same plan (set up through the API); each enters
 * its forest cover for 2026; the province's officer opens the comparison from the province's page,
 * picks forest cover, and sees both communes side by side with their values and statuses.
 */
@IntegrationTest
class ComparisonBrowserIntegrationTests extends BrowserTest {
    private static final String CAO_BANG = "04";
    private static final String DONG_KHE = "01786";
    private static final String THACH_AN = "01807";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Test
    void importsSeed000AndComparesDongKheWithTheOtherCommunesOfCaoBang() throws Exception {
        String database = TestDatabase.postgres() ? "postgres" : "h2";
        TestAccounts accounts = new TestAccounts(context);
        String officer = accounts.create(Role.COMMUNE_OFFICER, DONG_KHE);
        String leader = accounts.create(Role.COMMUNE_LEADER, DONG_KHE);
        String province = accounts.create(Role.PROVINCE_OFFICER, CAO_BANG);
        Browser.NewContextOptions vietnamese = new Browser.NewContextOptions().setLocale("vi-VN");
        try (BrowserContext officerContext = chromium.browser().newContext(vietnamese);
                BrowserContext provinceContext = chromium.browser().newContext(vietnamese)) {
            Page page = officerContext.newPage();
            signIn(page, officer, TestAccounts.PASSWORD, () -> { });
            page.navigate(base() + "/units/" + DONG_KHE + "/import");
            page.locator("#upload-file").setInputFiles(new FilePayload("Nghị quyết 32.txt", "text/plain", seed(database)));
            page.locator("#upload-form button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/resolutions/\\d+/review.*"), new Page.WaitForURLOptions().setTimeout(30_000));
            long dongKhe = Long.parseLong(page.url().replaceAll(".*/resolutions/(\\d+).*", "$1"));

            APIRequestContext dongKheApi = api(leader);
            assertThat(dongKheApi.post("/api/resolutions/" + dongKhe + "/adopt").status()).isEqualTo(200);
            enterForest(api(officer), dongKhe, "70.1");
            long thachAn = adoptedElsewhere(accounts, database);

            Page provincePage = provinceContext.newPage();
            signIn(provincePage, province, TestAccounts.PASSWORD, () -> { });
            provincePage.navigate(base() + "/units/" + CAO_BANG + "/resolutions");
            provincePage.locator("a[href$='/units/" + CAO_BANG + "/compare']").click();
            provincePage.locator("#compare-indicator").selectOption("RUNG-CHE-PHU");
            provincePage.locator("#compare-period").selectOption("2026");
            provincePage.locator(".rv-compare-form button[type=submit]").click();
            assertThat(provincePage.locator("#compare-summary")).containsText("Tỷ lệ che phủ rừng");
            Locator table = provincePage.locator("table.rv-compare-table");
            Locator dongKheRow = table.locator("tbody tr", new Locator.LocatorOptions().setHasText("xã Đông Khê")).first();
            Locator thachAnRow = table.locator("tbody tr", new Locator.LocatorOptions().setHasText("xã Thạch An")).first();
            assertThat(dongKheRow).containsText("70,1");
            assertThat(dongKheRow).containsText("Không đạt");
            assertThat(thachAnRow).containsText("73");
            assertThat(thachAnRow.locator("a")).hasAttribute("href", Pattern.compile(".*/resolutions/" + thachAn + "/periods/2026"));
            assertThat(provincePage.locator(".rv-compare-chart rect")).not().hasCount(0);
            assertThat(provincePage.locator(".rv-compare-summary")).containsText("2/");
            provincePage.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(database + "-compare")).setFullPage(true));
            provincePage.setViewportSize(360, 740);
            provincePage.reload();
            assertThat((Boolean) provincePage.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling").isTrue();
        }
    }

    private byte[] seed(String database) {
        return (TestDocuments.seed("000_a52e04d6636138d8.txt") + "\n" + database + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    /** Thạch An's copy of the plan, imported, adopted and given its forest cover through the API; answers its id. */
    private long adoptedElsewhere(TestAccounts accounts, String database) throws Exception {
        APIRequestContext officer = api(accounts.create(Role.COMMUNE_OFFICER, THACH_AN));
        APIResponse imported = officer.post("/api/resolutions", RequestOptions.create().setMultipart(FormData.create()
                .set("file", new FilePayload("nq.txt", "text/plain", seed(database))).set("unitCode", THACH_AN)));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        long id = JSON.readTree(imported.body()).get("id").asLong();
        assertThat(api(accounts.create(Role.COMMUNE_LEADER, THACH_AN)).post("/api/resolutions/" + id + "/adopt").status()).isEqualTo(200);
        enterForest(officer, id, "73");
        return id;
    }

    private static void enterForest(APIRequestContext officer, long resolution, String value) throws Exception {
        JsonNode content = JSON.readTree(officer.get("/api/resolutions/" + resolution).body());
        for (JsonNode indicator : content.get("indicators")) {
            for (JsonNode target : indicator.get("targets")) {
                if (target.get("subject").asText().contains("che phủ rừng")) {
                    APIResponse put = officer.put("/api/targets/" + target.get("id").asLong() + "/actuals/2026",
                            RequestOptions.create().setHeader("Content-Type", "application/json").setData("{\"value\": " + value + "}"));
                    assertThat(put.status()).as(put.text()).isEqualTo(201);
                    return;
                }
            }
        }
        throw new AssertionError("no forest cover target in resolution " + resolution);
    }

    private APIRequestContext api(String username) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return chromium.playwright().request().newContext(new APIRequest.NewContextOptions().setBaseURL(base())
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + basic)));
    }
}

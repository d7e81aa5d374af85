package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.search.ReportBrowser;
import fazhi.testing.GeneratedIndex;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The place tree on the generated corpus of 2,000 reports, where a province has more counties than one page. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class PlaceTreePagingBrowserTest {
    /** The tree's page (web/js/places.js TREE_PAGE). */
    private static final int TREE_PAGE = 100;

    @RegisterExtension
    static final BrowserPage page = new BrowserPage(1280, 1000);

    private static Javalin app;
    private static String base;

    @BeforeAll
    static void serveTheGeneratedCorpus() {
        GeneratedIndex index = GeneratedIndex.get();
        app = new WebApp(index.service(), new ReportBrowser(index.service()), Path.of("web")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.parse(r.body());
    }

    private static List<String> shownCounties(String province) {
        List<String> shown = new ArrayList<>();
        page.browser.findElements(By.cssSelector("#place-tree li[data-branch='province:" + province
                + "'] > ul > li .facet-value[data-dim=county]")).forEach(b -> shown.add(b.getAttribute("data-value")
                + "=" + b.findElement(By.cssSelector(".count")).getText()));
        return shown;
    }

    @Test
    void a_province_with_more_counties_than_a_page_shows_a_page_and_loads_the_rest_on_request() throws Exception {
        page.open(base, "/?q=" + URLEncoder.encode("法治", StandardCharsets.UTF_8));
        String province = "广东省";
        page.browser.findElement(By.cssSelector("#place-tree .expand[data-key='province:" + province + "']")).click();
        BrowserTest.settled(page.browser, page.wait);
        String query = "/api/facets/county?count=reports&size=" + TREE_PAGE + "&q="
                + URLEncoder.encode("法治", StandardCharsets.UTF_8) + "&province="
                + URLEncoder.encode(province, StandardCharsets.UTF_8);
        int total = api(query + "&page=1").get("total").asInt();
        assertTrue(total > TREE_PAGE, "the corpus gives a province more counties than a page: " + total);
        List<String> expected = new ArrayList<>();
        By more = By.cssSelector("#place-tree li[data-branch='province:" + province + "'] > ul > li.more button");
        for (int p = 1; p <= (total + TREE_PAGE - 1) / TREE_PAGE; p++) {
            if (p > 1) { // the rest, a page at a time, on request
                WebElement button = page.browser.findElement(more);
                assertEquals("更多（还有 " + (total - expected.size()) + " 个）", button.getText());
                button.click();
                BrowserTest.settled(page.browser, page.wait);
            }
            api(query + "&page=" + p).get("values").forEach(v -> expected.add(v.get("value").asText() + "="
                    + v.get("count").asText()));
            assertEquals(expected, shownCounties(province), "page " + p);
        }
        assertEquals(total, expected.size());
        assertTrue(page.browser.findElements(more).isEmpty(), "all are shown");
    }
}

package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The research views in headless Chromium: counting units, table, concordance, download, citation, permalinks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class ResearchBrowserTest {
    private static TestServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(1280, 1000);
        server = TestServer.get();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String pathAndQuery) {
        browser.get(server.base + pathAndQuery);
        BrowserTest.settled(browser, wait);
    }

    private static String enc(String s) {
        return ResearchEndpointTest.enc(s);
    }

    @Test
    void the_year_chart_counts_reports_and_says_so_and_the_summary_gives_both_units() {
        open("/?q=" + enc("法律顾问"));
        JsonNode api = Json.ok(server.get("/api/search?count=reports&q=" + enc("法律顾问")));
        assertEquals("（份报告数）", browser.findElement(By.cssSelector(".facet-unit[data-unit-for=year]")).getText());
        List<WebElement> bars = browser.findElements(By.cssSelector("#year-chart button"));
        assertEquals(api.get("facets").get("year").size(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            JsonNode v = api.get("facets").get("year").get(i);
            assertEquals(v.get("count").asText(), bars.get(i).findElement(By.cssSelector(".count")).getText());
            assertTrue(bars.get(i).getAttribute("title").endsWith(v.get("count").asText() + " 份报告"));
        }
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("共 " + api.get("total").asText() + " 节，" + api.get("reports").asText()
                + " 份报告，匹配 " + api.get("occurrences").asText() + " 处"), summary);
    }
}

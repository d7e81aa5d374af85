package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page's rough edges, in headless Chromium: Chinese messages, paging, the year chart, the place tree, marks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class PageEdgesBrowserTest {
    /** A word of Latin letters inside a message: an English fragment in the Chinese page. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
    @RegisterExtension
    static final BrowserPage page = new BrowserPage(1280, 700);
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static TestServer server;

    @BeforeAll
    static void start() {
        browser = page.browser;
        wait = page.wait;
        server = page.server;
    }

    private static void open(String pathAndQuery) {
        page.open(pathAndQuery);
    }

    private static Object js(String script, Object... args) {
        return page.js(script, args);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String message() {
        return browser.findElement(By.id("message")).getText();
    }

    @Test
    void every_error_the_page_shows_is_in_chinese() {
        open("/?q=" + enc("\"法律顾问"));
        assertTrue(message().contains("检索语句无法识别"), message());
        assertTrue(message().contains("引号不成对"), message());
        assertFalse(ENGLISH.matcher(message()).find(), message());

        open("/?q=" + enc("（调解 OR"));
        assertTrue(message().contains("末尾缺少检索词"), message());
        assertFalse(ENGLISH.matcher(message()).find(), message());

        open("/?township=" + enc("洋囗镇"));
        assertTrue(message().contains("筛选条件无效") && message().contains("相近的有：洋口镇"), message());
        assertFalse(ENGLISH.matcher(message()).find(), message());

        open("/?q=" + enc("法律 ｙｅａｒ：９９９９９"));
        assertTrue(message().contains("年份要写成数字"), message());
        assertFalse(ENGLISH.matcher(message()).find(), message());
    }

    @Test
    void a_query_that_finds_nothing_shows_what_it_was_understood_as() {
        open("/?q=" + enc("法律顾问 －法律"));
        assertTrue(message().contains("理解为：法律顾问 且 不含 法律"), message());
    }

    @Test
    void paging_shows_the_new_page_from_its_top() {
        open("/?q=" + enc("村"));
        js("window.scrollTo(0, document.body.scrollHeight)");
        long before = ((Number) js("return window.scrollY")).longValue();
        assertTrue(before > 200, "the page should be long enough to scroll, scrollY " + before);
        browser.findElement(By.cssSelector("#pager a[rel=next]")).click();
        wait.until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("page=2"));
        BrowserTest.settled(browser, wait);
        double top = ((Number) js("return document.getElementById('results-column').getBoundingClientRect().top"))
                .doubleValue();
        assertTrue(top >= -1 && top < 40, "the results start at the top of the window, not at " + top);
        assertTrue(((Number) js("return window.scrollY")).longValue() < before);
    }

    @Test
    void a_chart_of_twelve_years_stays_inside_a_240_px_sidebar_and_scrolls_inside_itself() {
        open("/");
        // through the CSSOM: the page's Content-Security-Policy may refuse an injected <style>
        js("document.getElementById('search-view').style.setProperty('grid-template-columns', '240px minmax(0, 1fr)',"
                + " 'important');");
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('/js/facets.js').then(m => {"
                + "  const years = Array.from({ length: 12 }, (_, i) => ({ value: String(2014 + i), count: 1000 * (i + 1) }));"
                + "  m.renderYears(document.getElementById('year-chart'), years, [], () => {}, 'reports');"
                + "  done(); });");
        assertEquals(12L, js("return document.querySelectorAll('#year-chart .year').length"));
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) js(
                "const f = document.getElementById('filters'), c = document.getElementById('year-chart');"
                + "const fr = f.getBoundingClientRect(), cr = c.getBoundingClientRect();"
                + "return { sidebarLeft: fr.left, sidebarRight: fr.right, sidebarWidth: fr.width,"
                + "  chartLeft: cr.left, chartRight: cr.right, chartScroll: c.scrollWidth, chartClient: c.clientWidth,"
                + "  sidebarScroll: f.scrollWidth, sidebarClient: f.clientWidth,"
                + "  pageScroll: document.documentElement.scrollWidth, pageWidth: window.innerWidth };");
        assertTrue(m.get("sidebarWidth").doubleValue() <= 240.5, m.toString());
        assertTrue(m.get("chartLeft").doubleValue() >= m.get("sidebarLeft").doubleValue(), m.toString());
        assertTrue(m.get("chartRight").doubleValue() <= m.get("sidebarRight").doubleValue(), m.toString());
        assertTrue(m.get("chartScroll").intValue() > m.get("chartClient").intValue(), "the chart scrolls: " + m);
        assertTrue(m.get("sidebarScroll").intValue() <= m.get("sidebarClient").intValue(), "not the sidebar: " + m);
        assertTrue(m.get("pageScroll").intValue() <= m.get("pageWidth").intValue(), "nor the page: " + m);
    }

    @Test
    void other_provinces_keep_their_expand_arrow_when_one_is_chosen() {
        open("/");
        // 未识别 (reports without a province) is no province: it has nothing under a province filter
        By provinces = By.xpath("//ul[@id='place-tree']/li[contains(@class,'branch')]"
                + "[./div[@class='row']/button[@data-dim='province']]");
        List<WebElement> before = browser.findElements(provinces);
        assertTrue(before.size() > 2);
        String chosen = browser.findElement(By.cssSelector("#place-tree > li.branch .facet-value[data-dim='province']"))
                .getAttribute("data-value");
        open("/?province=" + enc(chosen));
        List<WebElement> after = browser.findElements(provinces);
        assertEquals(before.size(), after.size());
        for (WebElement p : after) {
            assertEquals(1, p.findElements(By.cssSelector(":scope > .row > button.expand")).size(), p.getText());
        }
        WebElement other = browser.findElement(By.xpath(
                "//ul[@id='place-tree']/li[not(.//button[@data-value='" + chosen + "'])]//button[contains(@class,'expand')]"));
        other.click();
        BrowserTest.settled(browser, page.wait);
        assertFalse(browser.findElements(By.cssSelector("#place-tree > li.branch > ul > li")).isEmpty());
    }

    @Test
    void the_summary_names_each_count_by_its_own_unit() {
        open("/");
        JsonNode health = Json.ok(server.get("/api/health"));
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith("全部报告：共 " + health.get("sections").asInt() + " 节，"
                + health.get("reports").asInt() + " 份报告"), summary);
        open("/?year=2023");
        summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith("筛选出的报告：共 "), "filtered is not all: " + summary);
    }

    @Test
    void matches_are_marked_in_the_result_headings_too() {
        open("/?q=" + enc("法律顾问"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#results .hit h3 mark"));
        assertFalse(marks.isEmpty());
        marks.forEach(mark -> assertEquals("法律顾问", mark.getText()));
    }
}

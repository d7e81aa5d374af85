package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Report;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in headless Chromium, driven as a reader would: typing, clicking, going back. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class BrowserTest {
    private static final String 法律顾问 = "法律顾问";
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
        settled();
    }

    /** Waits until the page has answered its latest request (main.js sets body[data-state] as it goes). */
    static void settled(ChromeDriver browser, WebDriverWait wait) {
        wait.until(d -> {
            String phase = d.findElement(By.tagName("body")).getAttribute("data-state");
            return "ready".equals(phase) || "failed".equals(phase);
        });
    }

    private static void settled() {
        settled(browser, wait);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String url() {
        return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    private static List<WebElement> hits() {
        return browser.findElements(By.cssSelector("#results .hit"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searching_法律顾问_lists_the_hits_with_their_matches_marked() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(法律顾问, Keys.ENTER);
        wait.until(d -> url().contains("q=" + 法律顾问));
        settled();
        JsonNode api = Json.ok(server.get("/api/search?q=" + enc(法律顾问)));
        int total = api.get("total").asInt();
        assertTrue(total > 0);
        assertEquals(Math.min(10, total), hits().size());
        assertTrue(browser.findElement(By.id("summary")).getText().contains("共 " + total + " 节"));
        for (int i = 0; i < hits().size(); i++) {
            WebElement hit = hits().get(i);
            JsonNode expected = api.get("hits").get(i);
            assertEquals(expected.get("id").asText(), hit.getAttribute("data-id"));
            assertTrue(hit.findElement(By.cssSelector(".matches")).getText()
                    .contains(expected.get("matches").asText()));
            List<WebElement> marks = hit.findElements(By.cssSelector(".snippet mark"));
            assertEquals(expected.get("snippet").asText().split("<mark>", -1).length - 1, marks.size());
        }
        assertEquals(法律顾问, hits().getFirst().findElement(By.cssSelector(".snippet mark")).getText());
    }

    @Test
    void clicking_a_year_in_the_chart_keeps_only_that_year_and_the_chip_removes_it() {
        open("/?q=" + enc(法律顾问));
        WebElement bar = browser.findElement(By.cssSelector("#year-chart button[data-year='2023']"));
        assertEquals("false", bar.getAttribute("aria-pressed"));
        bar.click();
        wait.until(d -> url().contains("year=2023"));
        settled();
        assertFalse(hits().isEmpty());
        for (WebElement hit : hits()) {
            assertEquals("2023年", hit.findElement(By.cssSelector(".badge.year")).getText());
        }
        assertEquals("true", browser.findElement(By.cssSelector("#year-chart button[data-year='2023']"))
                .getAttribute("aria-pressed"));
        assertTrue(browser.findElements(By.cssSelector("#year-chart button")).size() > 1); // the others still count
        browser.findElement(By.cssSelector("#chips .chip[data-dim='year'][data-value='2023']")).click();
        wait.until(d -> !url().contains("year="));
        settled();
        assertTrue(browser.findElements(By.cssSelector("#chips .chip")).isEmpty());
    }

    @Test
    void opening_a_report_from_a_hit_shows_the_matched_section_and_back_returns_to_the_results() {
        open("/?q=" + enc(法律顾问));
        WebElement first = hits().getFirst();
        String sectionId = first.getAttribute("data-id");
        first.findElement(By.cssSelector(".hit-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-view")));
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#report section[data-id='" + sectionId + "']")));
        assertTrue(section.getAttribute("class").contains("current"));
        assertFalse(section.findElements(By.tagName("mark")).isEmpty());
        assertTrue(section.findElements(By.tagName("mark")).stream().allMatch(m -> m.getText().equals(法律顾问)
                || m.getText().equals("法律顧問")));
        Boolean inView = (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight;", section);
        assertTrue(inView, "the matched section is scrolled into view");
        assertTrue(url().contains("report=") && url().contains("section=" + sectionId));
        assertFalse(browser.findElements(By.cssSelector("#outline li")).isEmpty());

        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
        settled();
        assertFalse(url().contains("report="));
        assertTrue(url().contains("q=" + 法律顾问));
        assertEquals(sectionId, hits().getFirst().getAttribute("data-id"));
        browser.navigate().forward();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-view")));
    }

    /** How the page writes a signing date: 2023-01-13 → 2023年1月13日. */
    private static String chineseDate(String iso) {
        java.time.LocalDate d = java.time.LocalDate.parse(iso);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Test
    void a_report_ends_with_its_closing_signature_and_date_and_its_header_names_code_year_evidence_and_warnings() {
        List<Report> signed = server.reports.stream().filter(r -> r.issuer() != null && r.date() != null).toList();
        assertTrue(signed.size() >= 2, "a seed and the hand-made report are signed and dated");
        for (Report r : signed) {
            open("/?report=" + enc(r.id()));
            WebElement signature = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#report > footer.signature")));
            assertEquals(Boolean.TRUE, js("return document.getElementById('report').lastElementChild"
                    + " === arguments[0];", signature), "the signature closes the report");
            assertEquals(r.issuer(), signature.findElement(By.cssSelector(".issuer")).getText());
            WebElement date = signature.findElement(By.cssSelector(".date time"));
            assertEquals(chineseDate(r.date()), date.getText());
            assertEquals(r.date(), date.getAttribute("datetime"));
            List<WebElement> closing = signature.findElements(By.cssSelector(".closing"));
            assertEquals(r.closing() == null ? List.of() : List.of(r.closing()),
                    closing.stream().map(WebElement::getText).toList());

            WebElement head = browser.findElement(By.cssSelector("#report .report-head"));
            if (r.divisionCode() != null) {
                assertTrue(head.findElement(By.cssSelector(".citation .division")).getText()
                        .startsWith(r.divisionCode()));
            }
            if (r.year() != null) {
                assertTrue(head.findElement(By.cssSelector(".citation .year-source")).getText()
                        .startsWith(r.year() + "年（依据："));
            }
            assertEquals(r.warnings(), head.findElements(By.cssSelector(".warnings li")).stream()
                    .map(WebElement::getText).toList());
        }
        assertTrue(browser.findElements(By.cssSelector("#report img, #report b, #report i, #report script"))
                .isEmpty());
        assertEquals(Boolean.TRUE, js("return window.__pwned === undefined;"));
    }

    @Test
    void the_outline_jumps_to_a_section() {
        open("/?report=r1");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outline li a")));
        List<WebElement> links = browser.findElements(By.cssSelector("#outline li a"));
        WebElement last = links.getLast();
        last.click();
        WebElement target = browser.findElement(By.id(last.getAttribute("href").replaceAll(".*#", "")));
        assertEquals(target, browser.switchTo().activeElement());
    }

    @Test
    void report_text_that_contains_script_is_shown_as_text_and_never_run() {
        open("/?q=" + enc(法律顾问) + "&report=" + TestServer.HOSTILE_ID + "&section=" + TestServer.HOSTILE_SECTION);
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#report section[data-id='" + TestServer.HOSTILE_SECTION + "']")));
        assertTrue(section.findElement(By.cssSelector(".section-text")).getText().contains(
                "<script>window.__pwned = 'text'</script>"));
        assertTrue(section.findElement(By.cssSelector(".section-heading")).getText().contains("<img src=x"));
        assertTrue(browser.findElement(By.cssSelector("#report h1")).getText().startsWith("<script>"));
        assertEquals(法律顾问, section.findElement(By.cssSelector(".section-text mark")).getText());
        assertTrue(browser.findElements(By.cssSelector("#report script, #report img, #report b")).isEmpty());

        open("/?q=" + enc("审查") + "&township=" + enc("试验镇"));
        assertTrue(hits().getFirst().findElement(By.cssSelector(".snippet")).getText().contains("<script>"));
        assertTrue(browser.findElements(By.cssSelector("#results script, #results img, #results b")).isEmpty());
        assertEquals(Boolean.TRUE, js("return window.__pwned === undefined;"));
    }

    @Test
    void the_words_switch_and_the_sort_order_live_in_the_url_and_survive_a_reload() {
        open("/?q=" + enc(法律顾问));
        browser.findElement(By.cssSelector("input[name=mode][value=words]")).click();
        wait.until(d -> url().contains("mode=words"));
        settled();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("-year");
        wait.until(d -> url().contains("sort=-year"));
        settled();
        browser.navigate().refresh();
        settled();
        assertTrue(browser.findElement(By.cssSelector("input[name=mode][value=words]")).isSelected());
        assertEquals("-year", browser.findElement(By.id("sort")).getAttribute("value"));
        assertEquals(法律顾问, browser.findElement(By.id("q")).getAttribute("value"));
    }

    @Test
    void a_township_chosen_in_the_place_tree_filters_the_results() {
        open("/");
        browser.findElement(By.cssSelector("#place-tree .expand[data-key='province:广东省']")).click();
        settled(); // the province's counties load when it opens
        browser.findElement(By.cssSelector("#place-tree .expand[data-key='county:广东省/阳山县']")).click();
        settled();
        browser.findElement(By.cssSelector("#place-tree .facet-value[data-dim='township'][data-value='小江镇']"))
                .click();
        wait.until(d -> url().contains("township=小江镇"));
        settled();
        assertFalse(hits().isEmpty());
        for (WebElement hit : hits()) {
            assertEquals("小江镇", hit.findElement(By.cssSelector(".badge.township")).getText());
        }
    }

    @Test
    void choosing_a_year_evidence_keeps_only_reports_whose_year_was_read_from_it() {
        List<Report> fromTitle = server.reports.stream().filter(r -> "title".equals(r.yearSource())).toList();
        long sections = fromTitle.stream().mapToLong(r -> r.sections().size()).sum();
        open("/");
        WebElement title = browser.findElement(By.cssSelector("#year-source-list .facet-value[data-value='title']"));
        assertEquals(String.valueOf(fromTitle.size()), title.findElement(By.cssSelector(".count")).getText());
        title.click();
        wait.until(d -> url().contains("yearSource=title"));
        settled();
        assertTrue(browser.findElement(By.id("summary")).getText().contains("共 " + sections + " 节，"
                + fromTitle.size() + " 份报告"), browser.findElement(By.id("summary")).getText());
        assertEquals("年份依据：报告标题", browser.findElement(By.cssSelector(
                "#chips .chip[data-dim='yearSource'] span")).getText());
    }

    @Test
    void the_pager_moves_through_pages_and_back_goes_to_the_previous_page() {
        open("/?q=" + enc("政府"));
        String firstOnPageOne = hits().getFirst().getAttribute("data-id");
        browser.findElement(By.cssSelector("#pager a[rel=next]")).click();
        wait.until(d -> url().contains("page=2"));
        settled();
        assertFalse(firstOnPageOne.equals(hits().getFirst().getAttribute("data-id")));
        browser.navigate().back();
        wait.until(d -> !url().contains("page=2"));
        settled();
        assertEquals(firstOnPageOne, hits().getFirst().getAttribute("data-id"));
    }

    @Test
    void a_query_that_cannot_be_read_and_a_query_without_hits_say_so() {
        open("/?q=" + enc("\"法律"));
        WebElement error = browser.findElement(By.cssSelector("#message.error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("检索语句无法识别"));
        open("/?q=" + enc("不存在的词语组合"));
        WebElement empty = browser.findElement(By.cssSelector("#message.empty"));
        assertTrue(empty.getText().contains("没有找到"));
        assertTrue(hits().isEmpty());
    }

    @Test
    void the_keyboard_reaches_the_search_box_and_opens_a_hit() {
        open("/");
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("q", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(法律顾问, Keys.ENTER);
        wait.until(d -> url().contains("q=" + 法律顾问));
        settled();
        hits().getFirst().findElement(By.cssSelector(".hit-link")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-view")));
        wait.until(d -> "section".equals(d.switchTo().activeElement().getTagName()));
    }
}

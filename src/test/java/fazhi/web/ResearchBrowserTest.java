package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The research views in headless Chromium: counting units, table, concordance, download, citation, permalinks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class ResearchBrowserTest {
    @RegisterExtension
    static final BrowserPage page = new BrowserPage(1280, 1000);

    private static void open(String pathAndQuery) {
        page.open(pathAndQuery);
    }

    private static String enc(String s) {
        return ResearchEndpointTest.enc(s);
    }

    @Test
    void the_year_chart_counts_reports_and_says_so_and_the_summary_gives_both_units() {
        open("/?q=" + enc("法律顾问"));
        JsonNode api = Json.ok(page.server.get("/api/search?count=reports&q=" + enc("法律顾问")));
        assertEquals("（份报告数）", page.browser.findElement(By.cssSelector(".facet-unit[data-unit-for=year]")).getText());
        List<WebElement> bars = page.browser.findElements(By.cssSelector("#year-chart button"));
        assertEquals(api.get("facets").get("year").size(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            JsonNode v = api.get("facets").get("year").get(i);
            assertEquals(v.get("count").asText(), bars.get(i).findElement(By.cssSelector(".count")).getText());
            assertTrue(bars.get(i).getAttribute("title").endsWith(v.get("count").asText() + " 份报告"));
        }
        String summary = page.browser.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("共 " + api.get("total").asText() + " 节，" + api.get("reports").asText()
                + " 份报告，匹配 " + api.get("occurrences").asText() + " 处"), summary);
    }

    private static String url() {
        return java.net.URLDecoder.decode(page.browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void clicking_a_table_cell_filters_the_results_to_that_place_and_year() {
        open("/?q=" + enc("法律顾问") + "&view=table&rows=county");
        JsonNode table = Json.ok(page.server.get("/api/table?rows=county&q=" + enc("法律顾问")));
        List<WebElement> rows = page.browser.findElements(By.cssSelector(".place-table tbody tr"));
        assertEquals(table.get("places").size(), rows.size());
        WebElement cell = page.browser.findElements(By.cssSelector(".place-table td.cell")).stream()
                .filter(td -> !"0".equals(td.getAttribute("data-reports"))).findFirst().orElseThrow();
        String county = cell.findElement(By.xpath("./ancestor::tr/th")).findElement(By.tagName("span")).getText();
        int column = cell.findElements(By.xpath("./preceding-sibling::td")).size();
        String year = table.get("columns").get(column).asText();
        cell.findElement(By.tagName("button")).click();
        page.wait.until(d -> url().contains("county=" + county) && url().contains("year=" + year));
        BrowserTest.settled(page.browser, page.wait);
        assertTrue(!url().contains("view=table"));
        List<WebElement> hits = page.browser.findElements(By.cssSelector("#results .hit"));
        assertEquals(Integer.parseInt(cell.getAttribute("data-reports")) > 0, !hits.isEmpty());
        for (WebElement hit : hits) {
            assertEquals(county, hit.findElement(By.cssSelector(".badge.county")).getText());
            assertEquals(year + "年", hit.findElement(By.cssSelector(".badge.year")).getText());
        }
    }

    private static List<String> kwicRights() {
        return page.browser.findElements(By.cssSelector("#kwic .kwic-right")).stream().map(WebElement::getText).toList();
    }

    @Test
    void sorting_the_concordance_by_right_context_reorders_it_as_the_api_computes() {
        open("/?q=" + enc("调解") + "&view=kwic");
        List<String> byTownship = kwicRights();
        assertTrue(byTownship.size() > 1);
        page.browser.findElement(By.cssSelector("#kwic .kwic-sort-button[data-sort=right]")).click();
        page.wait.until(d -> url().contains("ksort=right"));
        BrowserTest.settled(page.browser, page.wait);
        List<String> byRight = kwicRights();
        JsonNode api = Json.ok(page.server.get("/api/kwic?sort=right&size=50&q=" + enc("调解")));
        List<String> expected = new java.util.ArrayList<>();
        api.get("rows").forEach(r -> expected.add(r.get("right").asText().strip()));
        assertEquals(expected, byRight.stream().map(String::strip).toList());
        assertEquals(expected.stream().sorted().toList(), expected);
        assertTrue(!byRight.equals(byTownship), "the order changed");
    }

    @Test
    void a_concordance_row_opens_the_report_at_that_occurrence() {
        open("/?q=" + enc("调解") + "&view=kwic&ksort=right");
        // a match in a section's text (one in a heading opens its section, whose heading shows it marked)
        WebElement row = page.browser.findElements(By.cssSelector("#kwic .kwic-row[data-in-heading=false]")).get(1);
        String section = row.getAttribute("data-section");
        String at = row.getAttribute("data-at");
        row.findElement(By.cssSelector(".kwic-match a")).click();
        WebElement mark = page.wait.until(d -> d.findElement(By.cssSelector("#report mark.passage")));
        assertEquals("调解", mark.getText());
        assertTrue(url().contains("section=" + section) && url().contains("at=" + at));
        WebElement current = mark.findElement(By.xpath("./ancestor::section"));
        assertEquals(section, current.getAttribute("data-id"));
        // the permalink itself, opened fresh
        open("/?q=" + enc("调解") + "&report=" + current.getAttribute("data-id").replaceAll("-[0-9]+$", "")
                + "&section=" + section + "&at=" + at);
        assertEquals(section, page.browser.findElement(By.cssSelector("#report mark.passage"))
                .findElement(By.xpath("./ancestor::section")).getAttribute("data-id"));
    }

    @Test
    void the_download_links_export_the_current_search_with_its_filters() throws Exception {
        open("/?q=" + enc("法律顾问") + "&year=2022");
        WebElement link = page.browser.findElement(By.id("download-sections"));
        String href = link.getAttribute("href");
        assertTrue(href.contains("/api/export?"), href);
        String path = href.substring(href.indexOf("/api/export"));
        java.net.http.HttpResponse<byte[]> csv = page.server.getBytes(path);
        JsonNode api = Json.ok(page.server.get("/api/search?year=2022&q=" + enc("法律顾问")));
        List<java.util.Map<String, String>> rows = fazhi.testing.Exports.csv(csv.body());
        assertEquals(api.get("total").asInt(), rows.size());
        rows.forEach(r -> assertEquals("2022", r.get("year")));
        assertTrue(page.browser.findElement(By.id("download-reports")).getAttribute("href").contains("unit=reports"));
    }

    @Test
    void copy_citation_gives_issuer_title_date_heading_path_and_the_line_of_the_hit() {
        open("/?q=" + enc("法律顾问") + "&township=" + enc("小江镇"));
        WebElement hit = page.browser.findElements(By.cssSelector("#results .hit")).getFirst();
        String id = hit.getAttribute("data-id");
        JsonNode found = Json.ok(page.server.get("/api/search?q=" + enc("法律顾问") + "&township=" + enc("小江镇")))
                .get("hits").get(0);
        assertEquals(id, found.get("id").asText());
        hit.findElement(By.cssSelector("button.cite")).click();
        WebElement shown = page.wait.until(d -> hit.findElement(By.cssSelector(".citation")));
        JsonNode section = Json.ok(page.server.get("/api/sections/" + id));
        JsonNode r = section.get("report");
        String[] date = r.get("date").asText().split("-");
        List<String> path = new java.util.ArrayList<>();
        section.get("section").get("headingPath").forEach(h -> path.add(h.asText()));
        String expected = r.get("issuer").asText() + "：《" + r.get("title").asText() + "》（" + date[0] + "年"
                + Integer.parseInt(date[1]) + "月" + Integer.parseInt(date[2]) + "日），" + String.join(" › ", path)
                + "，第 " + found.get("line").asInt() + " 行"; // the line of its first match (OccurrenceLinesTest)
        assertEquals(expected, shown.getAttribute("value"));
        assertTrue(found.get("line").asInt() >= section.get("section").get("line").asInt());
    }
}

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
        assertEquals("第 " + found.get("line").asInt() + " 行",
                hit.findElement(By.cssSelector(".hit-meta .line")).getText());
    }

    @SuppressWarnings("unchecked")
    private static List<String> requested(String path) {
        return ((List<Object>) page.js("return performance.getEntriesByType('resource').map(e => e.name)")).stream()
                .map(String::valueOf).map(u -> java.net.URLDecoder.decode(u, java.nio.charset.StandardCharsets.UTF_8))
                .filter(u -> u.contains(path)).toList();
    }

    private static java.util.Map<String, String> shownCounts(String css) {
        java.util.Map<String, String> shown = new java.util.TreeMap<>();
        page.browser.findElements(By.cssSelector(css)).forEach(b -> shown.put(b.getAttribute("data-value"),
                b.findElement(By.cssSelector(".count")).getText()));
        return shown;
    }

    @Test
    void opening_a_province_loads_its_counties_on_demand_with_the_api_counts_and_no_report_list() {
        open("/?q=" + enc("政府"));
        assertTrue(requested("/api/reports").isEmpty(), "no list of all reports: " + requested("/api/reports"));
        assertTrue(requested("/api/facets/county").isEmpty(), "no county is loaded before a province is opened");
        JsonNode provinces = Json.ok(page.server.get("/api/facets/province?count=reports&size=100&q=" + enc("政府")));
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        provinces.get("values").forEach(v -> expected.put(v.get("value").asText(), v.get("count").asText()));
        assertEquals(expected, shownCounts("#place-tree > li > .row .facet-value[data-dim=province]"));

        String province = "广东省";
        page.browser.findElement(By.cssSelector("#place-tree .expand[data-key='province:" + province + "']")).click();
        BrowserTest.settled(page.browser, page.wait);
        List<String> loads = requested("/api/facets/county?");
        assertEquals(1, loads.size(), loads.toString());
        assertTrue(loads.getFirst().contains("province=" + province) && loads.getFirst().contains("count=reports"),
                loads.getFirst());
        JsonNode counties = Json.ok(page.server.get("/api/facets/county?count=reports&size=100&province="
                + enc(province) + "&q=" + enc("政府")));
        java.util.Map<String, String> countyCounts = new java.util.TreeMap<>();
        counties.get("values").forEach(v -> countyCounts.put(v.get("value").asText(), v.get("count").asText()));
        assertTrue(countyCounts.size() > 1);
        WebElement branch = page.browser.findElement(By.cssSelector(
                "#place-tree li[data-branch='province:" + province + "']"));
        java.util.Map<String, String> shown = new java.util.TreeMap<>();
        branch.findElements(By.cssSelector(":scope > ul > li .facet-value[data-dim=county]")).forEach(b ->
                shown.put(b.getAttribute("data-value"), b.findElement(By.cssSelector(".count")).getText()));
        assertEquals(countyCounts, shown);
        assertTrue(requested("/api/facets/township?").stream().noneMatch(u -> u.contains("county=")),
                "townships load only when a county is opened");
    }

    @Test
    void a_province_named_without_its_suffix_in_the_url_is_marked_chosen_in_the_tree() {
        open("/?province=" + enc("广东"));
        WebElement node = page.browser.findElement(By.cssSelector(
                "#place-tree .facet-value[data-dim=province][data-value='广东省']"));
        assertTrue(node.getAttribute("class").contains("chosen"), node.getAttribute("class"));
        assertEquals("true", node.getAttribute("aria-pressed"));
        assertEquals(1, page.browser.findElements(By.cssSelector("#place-tree .facet-value.chosen")).size());
    }

    @Test
    void a_chosen_township_opens_its_province_and_county_in_the_tree() {
        open("/?township=" + enc("小江"));
        WebElement node = page.browser.findElement(By.cssSelector(
                "#place-tree li[data-branch='county:广东省/阳山县'] .facet-value[data-dim=township][data-value='小江镇']"));
        assertTrue(node.getAttribute("class").contains("chosen"));
    }

    @Test
    void a_suggested_place_name_is_a_button_that_searches_with_it() {
        open("/?q=" + enc("法治") + "&township=" + enc("小江填"));
        WebElement suggestion = page.wait.until(d -> d.findElement(By.cssSelector("#message button.suggestion")));
        assertEquals("小江镇", suggestion.getText());
        suggestion.click();
        page.wait.until(d -> url().contains("township=小江镇"));
        BrowserTest.settled(page.browser, page.wait);
        assertTrue(!url().contains("小江填"));
        List<WebElement> hits = page.browser.findElements(By.cssSelector("#results .hit"));
        assertTrue(!hits.isEmpty());
        hits.forEach(h -> assertEquals("小江镇", h.findElement(By.cssSelector(".badge.township")).getText()));
        // written in the query, it is replaced there
        open("/?q=" + enc("法治 township:小江填"));
        page.browser.findElement(By.cssSelector("#message button.suggestion[data-value='小江镇']")).click();
        page.wait.until(d -> url().contains("township:小江镇"));
        BrowserTest.settled(page.browser, page.wait);
        assertEquals("法治 township:小江镇", page.browser.findElement(By.id("q")).getAttribute("value"));
        assertTrue(!page.browser.findElements(By.cssSelector("#results .hit")).isEmpty());
    }
}

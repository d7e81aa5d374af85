package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Renders the results page and a report at desktop and phone width, saves PNGs under target/screenshots/ for a
 * person to look at, and checks the layout: no text box overlaps another, nothing sticks out sideways.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class ScreenshotTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    /**
     * Pairs of boxes that overlap by more than a pixel each way, among elements that hold text or are controls;
     * an element and its own ancestor are not a pair. Also any of them reaching past the right edge.
     */
    private static final String LAYOUT_PROBLEMS = """
            const selector = arguments[0];
            const boxes = [...document.querySelectorAll(selector)].filter(e => e.checkVisibility())
              .map(e => ({ e, r: e.getBoundingClientRect() })).filter(b => b.r.width > 0 && b.r.height > 0);
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
              + ' "' + (e.textContent || '').trim().slice(0, 20) + '"';
            const problems = [];
            for (let i = 0; i < boxes.length; i++) {
              const a = boxes[i];
              if (a.r.right > document.documentElement.clientWidth + 1) problems.push('past the right edge: ' + name(a.e));
              for (let j = i + 1; j < boxes.length; j++) {
                const b = boxes[j];
                if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
                const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                if (w > 1 && h > 1) problems.push(name(a.e) + ' overlaps ' + name(b.e));
              }
            }
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
              problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px');
            return problems;
            """;
    private static final String RESULT_BOXES = ".brand h1, .tagline, #q, .mode label, #search-button, .help summary, "
            + "#filters > summary, .facet h2, #year-chart .year, .facet-value, .chip, #summary, .sort, "
            + ".hit, .heading-path, .hit h3, .badge, .snippet, .matches, .source, .page, .page-count";
    private static final String REPORT_BOXES = ".outline h2, .outline li, .back, .report-head h1, .badge, "
            + ".report-meta, .section-heading, .section-text, .hit-note, .citation dt, .citation dd, "
            + ".warnings summary, .warnings li, .signature p";

    @ParameterizedTest(name = "at {0}×{1}")
    @CsvSource({"1280, 1000, desktop", "375, 1400, phone"})
    void results_and_report_render_without_overlapping_text(int width, int height, String name) throws IOException {
        TestServer server = TestServer.get();
        ChromeDriver browser = Browser.start(width, height);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            Files.createDirectories(SHOTS);
            String q = URLEncoder.encode("法律顾问", StandardCharsets.UTF_8);
            browser.get(server.base + "/?q=" + q + "&category=measures&category=shortcomings&category=plans");
            BrowserTest.settled(browser, wait);
            assertEquals(width, ((Number) browser.executeScript("return window.innerWidth")).intValue());
            save(browser, "results-" + name);
            assertEquals(List.of(), browser.executeScript(LAYOUT_PROBLEMS, RESULT_BOXES));
            boolean open = browser.findElement(By.id("filters")).getDomAttribute("open") != null;
            assertEquals(width >= 860, open, "the filters start open on a wide screen and folded on a phone");
            if (!open) {
                browser.findElement(By.cssSelector("#filters > summary")).click();
                save(browser, "results-" + name + "-filters");
                assertEquals(List.of(), browser.executeScript(LAYOUT_PROBLEMS, RESULT_BOXES));
            }

            browser.get(server.base + "/?q=" + q + "&report=r1&section=r1-0");
            BrowserTest.settled(browser, wait);
            save(browser, "report-" + name);
            assertEquals(List.of(), browser.executeScript(LAYOUT_PROBLEMS, REPORT_BOXES));

            browser.get(server.base + "/?report=" + TestServer.HOSTILE_ID); // every citation field filled
            BrowserTest.settled(browser, wait);
            save(browser, "report-cited-" + name);
            assertEquals(List.of(), browser.executeScript(LAYOUT_PROBLEMS, REPORT_BOXES));
        } finally {
            browser.quit();
        }
    }

    private static void save(ChromeDriver browser, String name) throws IOException {
        Path file = SHOTS.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(file) > 1000);
    }
}

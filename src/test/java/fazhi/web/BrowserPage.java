package fazhi.web;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless browser for a test class, on the shared test server:
 * {@code @RegisterExtension static final BrowserPage page = new BrowserPage(1280, 700);}
 */
final class BrowserPage implements BeforeAllCallback, AfterAllCallback {
    private final int width;
    private final int height;
    TestServer server;
    ChromeDriver browser;
    WebDriverWait wait;

    BrowserPage(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = Browser.start(width, height);
        server = TestServer.get();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Loads a page of the app and waits until it has answered its request. */
    void open(String pathAndQuery) {
        open(server.base, pathAndQuery);
    }

    /** As {@link #open(String)}, from another server (e.g. an {@link UpdatableServer}). */
    void open(String base, String pathAndQuery) {
        browser.get(base + pathAndQuery);
        BrowserTest.settled(browser, wait);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}

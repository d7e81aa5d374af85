package fazhi.web;

import fazhi.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests (Debian's chromium and chromium-driver). Without them the tests are skipped
 * with a message saying what to install, except under CI=true, where a missing browser fails the build: there the
 * browser tests are mandatory.
 */
final class Browser {
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** Why browser tests are skipped where {@link #installed()} is false; test classes name it in @EnabledIf. */
    static final String MISSING = "browser tests need chromium, chromium-driver and fonts-noto-cjk "
            + "(apt-get install chromium chromium-driver fonts-noto-cjk); mandatory under CI=true";

    private Browser() {
    }

    /**
     * Whether the browser tests run: Chromium and its driver are installed, or CI=true, where they are mandatory and
     * a missing browser fails in {@link #start}. Browser test classes carry
     * {@code @EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)}, so that a skip
     * says why on the console (an aborted test's reason is dropped by surefire's report).
     */
    static boolean installed() {
        return "true".equals(System.getenv("CI")) || find(CHROMIUM) != null && find(DRIVER) != null;
    }

    /** A fresh browser with its own profile, at this window size; the caller quits it. */
    static ChromeDriver start(int width, int height) throws IOException {
        Path chromium = find(CHROMIUM);
        Path driver = find(DRIVER);
        if (chromium == null || driver == null) {
            String message = "browser tests need chromium and chromedriver (apt-get install chromium chromium-driver);"
                    + " not found: " + (chromium == null ? CHROMIUM : DRIVER);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + " — mandatory because CI=true");
            }
            Assumptions.abort("skipped: " + message);
        }
        Path profile = Files.createTempDirectory("fazhi-chromium");
        TempDirs.deleteOnExit(profile); // the browser has quit by then
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--lang=zh-CN", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        // A headless window is at least 500 px wide; a phone's 375 px viewport has to be emulated
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return browser;
    }

    private static Path find(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }
}

package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.FormatFixtures;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The page's upload form in headless Chromium, on a server of its own with uploads on. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "fazhi.web.Browser#installed", disabledReason = Browser.MISSING)
class UploadBrowserTest {
    @RegisterExtension
    static final BrowserPage page = new BrowserPage(1280, 900);
    private static UpdatableServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new UpdatableServer(Fixtures.reports(), UploadTest.TOKEN, 1_000_000);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static WebElement find(String id) {
        return page.browser.findElement(By.id(id));
    }

    private static String status() {
        return find("upload-status").getText();
    }

    @Test
    void the_form_asks_for_the_token_uploads_a_word_file_and_the_report_opens(@TempDir Path dir) throws Exception {
        Path docx = Files.write(dir.resolve("横泾街道.docx"), FormatFixtures.docx());
        Report expected = ReportReader.read(docx);
        page.open(server.base, "/");
        page.wait.until(d -> find("upload").isDisplayed());
        find("upload").findElement(By.tagName("summary")).click();

        find("upload-file").sendKeys(docx.toString());
        find("upload-token").sendKeys("wrong-token");
        String before = server.servedState();
        find("upload-button").click();
        page.wait.until(d -> status().contains("未能收录"));
        assertTrue(status().contains("上传口令缺失或不正确"), status());
        assertEquals(before, server.servedState(), "a refused upload changes nothing");

        find("upload-token").clear();
        find("upload-token").sendKeys(UploadTest.TOKEN);
        find("upload-button").click();
        page.wait.until(d -> status().contains("已收录"));
        assertTrue(status().contains(expected.township()) && status().contains(expected.year() + "年")
                && status().contains("共 " + expected.sections().size() + " 节"), status());
        assertTrue(server.reportIds().contains(expected.id()));
        assertEquals(UploadTest.TOKEN, page.js("return sessionStorage.getItem('fazhi.uploadToken')"));

        find("upload-status").findElement(By.tagName("a")).click();
        page.wait.until(d -> page.browser.getCurrentUrl().contains("report=" + expected.id()));
        BrowserTest.settled(page.browser, page.wait);
        assertTrue(find("report").getText().contains(expected.title()), find("report").getText());

        page.open(server.base, "/"); // the token is kept for the tab's session
        page.wait.until(d -> find("upload").isDisplayed());
        assertEquals(UploadTest.TOKEN, find("upload-token").getAttribute("value"));
    }

    @Test
    void an_unreadable_file_is_refused_with_its_reason(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("scan.pdf"), FormatFixtures.pdfWithoutText());
        page.open(server.base, "/");
        page.wait.until(d -> find("upload").isDisplayed());
        find("upload").findElement(By.tagName("summary")).click();
        find("upload-file").sendKeys(pdf.toString());
        find("upload-token").clear();
        find("upload-token").sendKeys(UploadTest.TOKEN);
        find("upload-button").click();
        page.wait.until(d -> status().contains("未能收录"));
        assertTrue(status().contains("文件无法读取") && status().contains("text layer"), status());
    }

    @Test
    void without_uploads_on_the_server_the_page_has_no_upload_form() {
        page.open("/"); // the shared test server: no token
        assertFalse(find("upload").isDisplayed());
    }
}

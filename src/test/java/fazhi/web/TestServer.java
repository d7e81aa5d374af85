package fazhi.web;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.testing.Fixtures;
import fazhi.testing.TempDirs;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One server for all web tests of a run, on a random port: the seeds, the search layer's hand-made fixtures and a
 * hostile report, indexed once into a temporary folder, and the real {@code web/} folder. Built on first use.
 */
final class TestServer {
    /** A report whose title, heading and text try to run script; the page must show all of it as text. */
    static final String HOSTILE_ID = "hostile";
    static final String HOSTILE_SECTION = HOSTILE_ID + "-1";
    static final String HOSTILE_TEXT = "法律顾问<script>window.__pwned = 'text'</script>审查 & <b>加粗</b>";
    static final String HOSTILE_ISSUER = "试验县试验镇人民政府<b onmouseover=\"window.__pwned='issuer'\">（章）</b>";
    static final String HOSTILE_WARNING = "line 2: <img src=x onerror=\"window.__pwned='warning'\"> county unknown";

    private static TestServer instance;

    final Path indexDir;
    /** What was indexed: the expected answers of the browsing endpoints are computed from it. */
    final List<Report> reports;
    final SearchService service;
    final Javalin app;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer() throws Exception {
        indexDir = Files.createTempDirectory("fazhi-web-index");
        List<Report> all = new ArrayList<>(Fixtures.seedsAndFixtures());
        all.add(hostile());
        reports = List.copyOf(all);
        Fixtures.index(indexDir, reports);
        service = SearchService.open(indexDir);
        app = new WebApp(service, new ReportBrowser(service), Path.of("web")).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                service.close();
                TempDirs.delete(indexDir);
            } catch (IOException ignored) {
                // the JVM is going away; a leftover folder in /tmp is all it costs
            }
        }));
    }

    static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test server", e);
            }
        }
        return instance;
    }

    private static Report hostile() {
        List<Section> sections = List.of(
                new Section(HOSTILE_ID + "-0", 0, "", List.of(), "preamble", "本报告用于检验页面是否把文字当作文字。", 1),
                new Section(HOSTILE_SECTION, 1, "一、<img src=x onerror=\"window.__pwned='heading'\">主要做法",
                        List.of("一、<img src=x onerror=\"window.__pwned='heading'\">主要做法"), "measures",
                        HOSTILE_TEXT, 3));
        // every citation field filled, some with markup, so the report view's header and signature are tried too
        return new Report(HOSTILE_ID, "fixtures/hostile.txt", "<script>window.__pwned='title'</script>试验镇报告",
                HOSTILE_ISSUER, "<i>县委、县政府</i>：", "试验镇", "试验县", null, null, "110101001", "township", 2019,
                "title", "2020-01-15", "特此报告。", Map.of(), List.of(HOSTILE_WARNING), sections);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    /** Sends a request in a test: a failure to connect is the test's failure, not a checked exception. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

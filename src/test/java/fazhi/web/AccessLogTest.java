package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.ReportBrowser;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** One access-log line per request: method, path, status, milliseconds; the query string only when asked for. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessLogTest {
    private static final String SENSITIVE = URLEncoder.encode("信访 上访人员", StandardCharsets.UTF_8);
    private final TestServer shared = TestServer.get();

    /** Serves the shared test index with this log, runs the requests, returns the log's lines. */
    private List<String> logOf(boolean withQuery, String... paths) {
        StringWriter log = new StringWriter();
        WebApp.Settings settings = new WebApp.Settings(null, WebApp.Settings.DEFAULT_DRAIN,
                new AccessLog(new PrintWriter(log, true), withQuery));
        Javalin app = new WebApp(shared.service, new ReportBrowser(shared.service), settings).start("127.0.0.1", 0);
        try {
            for (String path : paths) {
                shared.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.port() + path)).GET().build());
            }
        } finally {
            app.stop();
        }
        return log.toString().lines().toList();
    }

    @Test
    void each_request_is_one_line_with_method_path_status_and_milliseconds() {
        List<String> lines = logOf(false, "/api/search?q=" + SENSITIVE, "/api/reports/no-such-report", "/");
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("\\S+Z GET /api/search 200 \\d+\\.\\d ms"), lines.get(0));
        assertTrue(lines.get(1).matches("\\S+Z GET /api/reports/no-such-report 404 \\d+\\.\\d ms"), lines.get(1));
        assertTrue(lines.get(2).matches("\\S+Z GET / 200 \\d+\\.\\d ms"), lines.get(2));
    }

    @Test
    void query_strings_stay_out_of_the_log_unless_asked_for() {
        String kept = String.join("\n", logOf(false, "/api/search?q=" + SENSITIVE));
        assertFalse(kept.contains("q="), kept);
        String logged = String.join("\n", logOf(true, "/api/search?q=" + SENSITIVE));
        assertTrue(logged.contains("GET /api/search?q=" + SENSITIVE + " 200 "), logged);
    }
}

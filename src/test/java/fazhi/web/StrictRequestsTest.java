package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.FileIndexer;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.testing.TempDirs;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameters are read strictly on every endpoint, and no answer names a path of the server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrictRequestsTest {
    private final TestServer server = TestServer.get();

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=abc%", "/api/search?year=20%3", "/api/search?q=%ED%A0%80",
            "/api/search?q=%FF", "/api/facets?township=%E6%B4", "/api/reports?x=%G1", "/api/health?%zz"})
    void a_malformed_escape_or_invalid_utf8_is_400_bad_encoding(String url) throws Exception {
        HttpSafetyTest.RawResponse r = HttpSafetyTest.raw(server, "GET " + url + " HTTP/1.1");
        assertEquals(400, r.status(), r.text());
        assertTrue(r.text().contains("\"error\":\"bad_encoding\""), r.text());
    }

    @Test
    void an_unknown_parameter_is_refused_on_every_endpoint() {
        String report = server.reports.getFirst().id();
        String section = server.reports.getFirst().sections().getFirst().id();
        for (String path : List.of("/api/search", "/api/facets", "/api/reports", "/api/reports/" + report,
                "/api/sections/" + section, "/api/health", "/api/openapi.json")) {
            ApiErrorsTest.error(server.get(path + "?frobnicate=1"), 400, "bad_parameter");
            assertEquals(200, server.get(path).statusCode(), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"year=２０２３", "year=2023", "category=下一年度安排", "category=PLANS", "category=ｐｌａｎｓ",
            "yearSource=TITLE", "township=洋口镇"})
    void a_filter_value_is_accepted_alike_in_the_url_and_in_the_query_syntax(String filter) throws Exception {
        String dim = filter.substring(0, filter.indexOf('='));
        String value = filter.substring(dim.length() + 1);
        String enc = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> url = server.get("/api/search?" + dim + "=" + enc);
        HttpResponse<String> syntax = server.get("/api/search?q="
                + java.net.URLEncoder.encode(dim + ":" + value, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, url.statusCode(), url.body());
        assertEquals(200, syntax.statusCode(), syntax.body());
        long total = Json.parse(url.body()).get("total").asLong();
        assertTrue(total > 0, filter);
        assertEquals(total, Json.parse(syntax.body()).get("total").asLong(), filter);
    }

    @Test
    void no_answer_contains_an_absolute_path_of_the_server() throws Exception {
        Path index = Files.createTempDirectory("fazhi-paths-index");
        Path seeds = Path.of("seeds").toAbsolutePath();
        assertTrue(FileIndexer.run(index, List.of(seeds), false, (d, t, n) -> { }).published());
        try (SearchService search = SearchService.open(index)) {
            Javalin app = new WebApp(search, new ReportBrowser(search), Path.of("web")).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient http = HttpClient.newHttpClient();
                List<String> bodies = new ArrayList<>();
                String reports = get(http, base + "/api/reports");
                bodies.add(reports);
                bodies.add(get(http, base + "/api/search?q=%E6%B3%95%E6%B2%BB&size=100"));
                for (var r : search.index().stats().reports() > 0 ? fazhi.testing.Fixtures.seeds() : List.<fazhi.ingest.Report>of()) {
                    bodies.add(get(http, base + "/api/reports/" + r.id()));
                    bodies.add(get(http, base + "/api/sections/" + r.sections().getFirst().id()));
                }
                bodies.add(get(http, base + "/api/health"));
                for (String body : bodies) {
                    assertFalse(body.contains(seeds.toString()) || body.contains(index.toString())
                            || body.contains("\"source\":\"/"), body.substring(0, Math.min(300, body.length())));
                }
                assertTrue(reports.contains("\"source\":\"seeds/"), reports.substring(0, 300));
            } finally {
                app.stop();
            }
        } finally {
            TempDirs.delete(index);
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " → " + r.body());
        return r.body();
    }
}

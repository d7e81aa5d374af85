package fazhi.cli;

import static fazhi.testing.PrometheusText.requests;
import static fazhi.testing.PrometheusText.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.Version;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import fazhi.testing.Fixtures;
import fazhi.testing.TempDirs;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The jar is the product: copied alone into an empty folder, with an index prepared elsewhere, it serves the page,
 * the API and the metrics, takes its options from the environment, and starts with one line and a quiet stderr.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeployedJarIT {
    private static final String QUERY = "法律顾问";
    private static Path indexDir;
    private static Path folder;
    private static Path jar;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void prepare() throws Exception {
        indexDir = Files.createTempDirectory("fazhi-it-index");
        Fixtures.index(indexDir, Fixtures.seeds());
        folder = Files.createTempDirectory("fazhi-it-empty");
        jar = Files.copy(ServerProcess.jar(), folder.resolve("fazhi-search.jar"));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        TempDirs.delete(indexDir);
        TempDirs.delete(folder);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_jar_alone_in_an_empty_folder_serves_the_page_the_api_and_metrics() throws Exception {
        assertEquals(List.of("fazhi-search.jar"), Files.list(folder).map(p -> p.getFileName().toString()).toList());
        try (ServerProcess server = ServerProcess.serve(jar, folder, Map.of(), "--index", indexDir.toString(),
                "--port", "0")) {
            HttpResponse<String> page = get(server.base() + "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("<title>法治报告检索</title>"), page.body());
            assertEquals(200, get(server.base() + "/js/main.js").statusCode());

            HttpResponse<String> search = get(server.base() + "/api/search?q="
                    + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
            assertEquals(200, search.statusCode(), search.body());
            JsonNode result = new ObjectMapper().readTree(search.body());
            assertEquals(expectedTotal(QUERY), result.get("total").asLong());
            assertTrue(result.get("total").asLong() > 0);

            HttpResponse<String> metrics = get(server.base() + "/metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertEquals(1, value(metrics.body(), requests("/api/search", 200)), metrics.body());
            assertEquals(5, value(metrics.body(), "fazhi_index_reports"));
        }
    }

    private static long expectedTotal(String query) throws Exception {
        try (SearchService service = SearchService.open(indexDir)) {
            return service.search(new SearchRequest(query, null, null, null, 1, 10)).total();
        }
    }

    @Test
    void serve_says_one_line_when_ready_and_nothing_on_stderr() throws Exception {
        try (ServerProcess server = ServerProcess.serve(jar, folder, Map.of(), "--index", indexDir.toString(),
                "--port", "0")) {
            get(server.base() + "/api/health");
            server.awaitLines(2, 30); // the start line and the access log line of that request
            List<String> out = server.out();
            Matcher start = ServerProcess.START_LINE.matcher(out.getFirst());
            assertTrue(start.matches(), out.toString());
            assertEquals("5", start.group(1));
            assertEquals(2, out.size(), out.toString());
            assertTrue(out.get(1).matches("\\S+Z GET /api/health 200 \\d+\\.\\d ms"), out.get(1));
            assertEquals(List.of(), server.err());
            assertTrue(out.stream().noneMatch(l -> l.contains("\u001b")), "escape sequences in " + out);
        }
    }

    @Test
    void options_come_from_fazhi_environment_variables_and_flags_win() throws Exception {
        Map<String, String> env = Map.of("FAZHI_INDEX", folder.resolve("no-index-here").toString(),
                "FAZHI_SEEDS", folder.resolve("no-seeds-here").toString(), "FAZHI_HOST", "127.0.0.1",
                "FAZHI_PORT", "0", "FAZHI_ACCESS_LOG_QUERIES", "true");
        try (ServerProcess server = ServerProcess.serve(jar, folder, env, "--index", indexDir.toString())) {
            assertTrue(server.base().startsWith("http://127.0.0.1:"), server.base());
            get(server.base() + "/api/search?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
            server.awaitLines(2, 30);
            String logged = String.join("\n", server.out());
            assertTrue(logged.contains("GET /api/search?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
                    + " 200 "), logged);
        }
        try (ServerProcess alone = ServerProcess.start(jar, folder, env, "serve")) {
            assertEquals(1, alone.exit(60), "FAZHI_INDEX names no index and FAZHI_SEEDS no seeds: "
                    + alone.out() + alone.err());
            assertTrue(String.join("\n", alone.err()).contains("no-index-here"), alone.err().toString());
        }
    }

    @Test
    void version_names_the_build_lucene_and_the_index_schema() throws Exception {
        try (ServerProcess version = ServerProcess.start(jar, folder, Map.of(), "--version")) {
            assertEquals(0, version.exit(60));
            assertEquals(List.of("fazhi-search " + Version.product(), "Lucene " + Version.lucene(),
                    "index schema " + Version.indexSchema()), version.out());
        }
    }
}

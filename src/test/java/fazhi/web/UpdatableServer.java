package fazhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.index.IndexUpdates;
import fazhi.ingest.Report;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.testing.Fixtures;
import fazhi.testing.TempDirs;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A server on an index of its own, which its tests change (by upload or a watched folder), unlike the shared
 * {@link TestServer}: started with {@code reports} indexed, writing through {@link #updates} as {@code fazhi serve}
 * does. Close it to stop it and delete the index.
 */
final class UpdatableServer implements AutoCloseable {
    final Path indexDir;
    final SearchService service;
    final IndexUpdates updates;
    final Javalin app;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param uploadToken null: uploads off */
    UpdatableServer(List<Report> reports, String uploadToken, long uploadLimit) throws IOException {
        indexDir = Files.createTempDirectory("fazhi-updatable-index");
        Fixtures.index(indexDir, reports);
        service = SearchService.open(indexDir);
        updates = new IndexUpdates(indexDir, () -> service.index().refresh());
        // no graceful wait at close: a browser's idle connections would hold it up to the drain time
        WebApp.Settings settings = new WebApp.Settings(Path.of("web"), Duration.ZERO, AccessLog.off());
        if (uploadToken != null) {
            settings = settings.withUploads(uploadToken, uploadLimit, updates);
        }
        app = new WebApp(service, new ReportBrowser(service), settings).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return TestServer.send(http, request);
    }

    /** The ids of the reports {@code /api/reports} lists now. */
    Set<String> reportIds() {
        Set<String> ids = new TreeSet<>();
        Json.ok(get("/api/reports")).get("reports").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    /** What the index serves now, to compare before and after a refused change: every report and the health. */
    String servedState() {
        JsonNode health = Json.ok(get("/api/health"));
        return get("/api/reports").body() + " " + health.get("index").asText() + " " + health.get("sections");
    }

    @Override
    public void close() throws IOException {
        http.close();
        app.stop();
        service.close();
        TempDirs.delete(indexDir);
    }
}

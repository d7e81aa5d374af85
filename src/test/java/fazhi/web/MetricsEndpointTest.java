package fazhi.web;

import static fazhi.testing.PrometheusText.requests;
import static fazhi.testing.PrometheusText.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.Version;
import fazhi.search.IndexStats;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * /metrics counts what the server did, by route template and status, and shows the index it serves; /api/health
 * names the version and the index's commit time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MetricsEndpointTest {
    private final TestServer server = TestServer.get();

    private String scrape() {
        HttpResponse<String> r = server.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                r.headers().toString());
        return r.body();
    }

    @Test
    void requests_are_counted_by_route_template_and_status_not_by_raw_path() {
        String before = scrape();
        server.get("/api/sections/r1-0");
        server.get("/api/sections/r1-1");
        server.get("/api/sections/no-such-section");
        String after = scrape();
        String found = requests("/api/sections/{id}", 200);
        String missing = requests("/api/sections/{id}", 404);
        assertEquals(value(before, found) + 2, value(after, found));
        assertEquals(value(before, missing) + 1, value(after, missing));
        assertFalse(after.contains("r1-0"), "a raw path became a label");
    }

    @Test
    void a_path_no_route_knows_is_counted_as_unmatched_and_files_as_static() {
        String before = scrape();
        server.get("/no/such/page/" + System.nanoTime());
        server.get("/style.css");
        String after = scrape();
        assertEquals(value(before, requests("unmatched", 404)) + 1, value(after, requests("unmatched", 404)));
        assertEquals(value(before, requests("static", 200)) + 1, value(after, requests("static", 200)));
    }

    @Test
    void request_latency_is_a_histogram() {
        server.get("/api/health");
        String s = scrape();
        String labels = "method=\"GET\",route=\"/api/health\",status=\"200\"";
        double count = value(s, requests("/api/health", 200));
        assertEquals(count, value(s, "http_server_requests_seconds_bucket{" + labels + ",le=\"+Inf\"}"));
        assertTrue(value(s, "http_server_requests_seconds_bucket{" + labels + ",le=\"10.0\"}") <= count);
        assertTrue(s.contains("http_server_requests_seconds_bucket{" + labels + ",le=\"0.01\"}"), "no finite bucket");
    }

    @Test
    void searches_are_timed_and_bad_queries_are_not_counted_as_searches() {
        String before = scrape();
        server.get("/api/search?q=" + URLEncoder.encode("法律顾问", StandardCharsets.UTF_8));
        server.get("/api/search?q=%22unbalanced");
        String after = scrape();
        assertEquals(value(before, "fazhi_search_seconds_count") + 1, value(after, "fazhi_search_seconds_count"));
        assertEquals(value(before, requests("/api/search", 400)) + 1, value(after, requests("/api/search", 400)));
        assertTrue(after.contains("fazhi_search_timeouts_total "), "no time-out counter");
        assertTrue(after.contains("fazhi_search_rejected_total "), "no refusal counter");
    }

    @Test
    void the_index_gauges_equal_what_the_index_holds() throws IOException {
        IndexStats stats = server.service.index().stats();
        String s = scrape();
        assertEquals(stats.reports(), value(s, "fazhi_index_reports"));
        assertEquals(stats.sections(), value(s, "fazhi_index_sections"));
        assertEquals(stats.sizeBytes(), value(s, "fazhi_index_size_bytes"));
        assertTrue(stats.sizeBytes() > 0);
        assertEquals(stats.committedAt().toEpochMilli() / 1000.0, value(s, "fazhi_index_commit_timestamp_seconds"),
                0.001);
    }

    @Test
    void the_jvm_and_the_version_are_reported() {
        String s = scrape();
        assertTrue(value(s, "jvm_threads_live_threads") > 0, "no JVM thread gauge");
        assertTrue(s.contains("jvm_memory_used_bytes{"), "no JVM memory gauge");
        assertTrue(s.contains("process_uptime_seconds "), "no uptime");
        assertEquals(1, value(s, "fazhi_info{lucene=\"" + Version.lucene() + "\",schema=\"" + Version.indexSchema()
                + "\",version=\"" + Version.product() + "\"}"));
    }

    @Test
    void health_names_the_version_and_when_the_index_was_committed() throws IOException {
        var health = Json.ok(server.get("/api/health"));
        assertEquals(Version.product(), health.get("version").asText());
        assertEquals(server.service.index().stats().committedAt(), Instant.parse(health.get("committedAt").asText()));
    }
}

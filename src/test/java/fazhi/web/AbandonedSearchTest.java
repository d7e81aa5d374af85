package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.SearchService;
import fazhi.testing.CostlyIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A search whose client closes the connection stops then, not at its time limit: the server counts it as abandoned.
 * The research views watch their connection the same way ({@code ResearchRoutes}); that their work stops when told
 * is {@code BoundedResearchTest}'s.
 * The costly query runs for seconds on {@link CostlyIndex}, far longer than the test waits after closing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AbandonedSearchTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    /** Well before the limit: what "stopped when the client left" means here, with room for a busy machine. */
    private static final long STOPPED_WITHIN_MS = 1500;

    private static CostlyServers servers;
    private static String base;
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    @BeforeAll
    static void start() throws Exception {
        servers = new CostlyServers();
        SearchService search = servers.service(LIMIT, SearchService.MAX_CONCURRENT);
        search.metrics().bindTo(METERS);
        base = servers.start(search);
        search("情况"); // warm: the first search loads the analyzers, before which no deadline is checked
    }

    @AfterAll
    static void stop() throws Exception {
        servers.close();
    }

    /** One client for every request of the class: HTTP/1.1, so its connection is kept alive between them. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> search(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double count(String meter) {
        return METERS.get(meter).counter().count();
    }

    /** Sends a GET on a socket of its own, lets it run, then closes the socket; returns when it was closed. */
    private static long sendAndLeave(String pathAndQuery) throws Exception {
        URI server = URI.create(base);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300); // the search is running
        }
        return System.nanoTime();
    }

    @Test
    void a_search_stops_soon_after_its_client_closes_the_connection() throws Exception {
        double abandoned = count("fazhi.search.abandoned");
        double timedOut = count("fazhi.search.timeouts");
        long closed = sendAndLeave("/api/search?" + CostlyIndex.PARAMS);
        while (count("fazhi.search.abandoned") == abandoned
                && System.nanoTime() - closed < LIMIT.toNanos() + 2_000_000_000L) {
            Thread.sleep(10);
        }
        long stoppedAfter = (System.nanoTime() - closed) / 1_000_000;

        assertEquals(abandoned + 1, count("fazhi.search.abandoned"));
        assertEquals(timedOut, count("fazhi.search.timeouts")); // stopped by the client leaving, not by the limit
        assertTrue(stoppedAfter <= STOPPED_WITHIN_MS, "stopped " + stoppedAfter + " ms after the client left");
    }

    @Test
    void a_connection_kept_alive_answers_one_search_after_another() throws Exception {
        // watching a connection for its client leaving must leave it usable for the next request
        double abandoned = count("fazhi.search.abandoned");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = search("情况");
            assertEquals(200, r.statusCode(), r.body());
        }
        assertEquals(abandoned, count("fazhi.search.abandoned"));
    }
}

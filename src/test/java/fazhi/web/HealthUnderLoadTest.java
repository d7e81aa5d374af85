package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.SearchService;
import fazhi.testing.CostlyIndex;
import fazhi.testing.Crowd;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/health} answers within 100 ms while 32 costly searches run (the acceptance): searches take
 * at most as many CPU turns as there are cores, so the thread answering health is never queued behind them. The cost
 * comes from the data ({@link CostlyIndex}), so the searches are busy on any machine.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HealthUnderLoadTest {
    /** Long enough that every costly search is still running while health is asked. */
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final int CROWD = 32;
    private static final int PROBES = 21;
    private static final long BOUND_MS = 100;

    private static CostlyServers servers;
    private static String base;
    /** Each client its own connection pool: the crowd's connections never delay a probe on the client side. */
    private static final HttpClient CROWD_HTTP = HttpClient.newBuilder()
            .executor(Executors.newCachedThreadPool()).build();
    private static final HttpClient PROBE_HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        servers = new CostlyServers();
        base = servers.start(servers.service(LIMIT, SearchService.MAX_CONCURRENT));
        for (int i = 0; i < 5; i++) { // warm: the first requests load classes and compile the health path
            send(PROBE_HTTP, "/api/health");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        servers.close();
    }

    private static HttpResponse<String> send(HttpClient client, String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_answers_within_100_ms_while_32_costly_searches_run() throws Exception {
        Crowd crowd = Crowd.start(CROWD, () -> send(CROWD_HTTP, "/api/search?" + CostlyIndex.PARAMS));
        List<Long> millis = new ArrayList<>();
        List<Integer> statuses;
        try {
            Thread.sleep(500); // every search of the crowd is now computing or waiting for its turn
            for (int i = 0; i < PROBES; i++) {
                long start = System.nanoTime();
                assertEquals(200, send(PROBE_HTTP, "/api/health").statusCode());
                millis.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(50);
            }
        } finally {
            statuses = Crowd.statuses(crowd.stop());
        }
        // the crowd ran to its time limit (400) or found the cap full (503) all along
        assertTrue(statuses.contains(400), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 400 || s == 503), statuses.toString());
        // The median of 21 probes: a single probe on a 2-core machine shared with other builds can wait behind
        // another process for longer than 100 ms whatever this server does (quiet probes on the same machine: 4–15
        // ms at load 16); the median cannot, unless health waits behind the searches
        List<Long> sorted = millis.stream().sorted().toList();
        assertTrue(sorted.get(PROBES / 2) <= BOUND_MS, "median over " + BOUND_MS + " ms: " + millis);
    }
}

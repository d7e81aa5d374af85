package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Category;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every search is bounded: a costly query meets its time limit with and without facet filters, alone and in a crowd,
 * a crowd beyond the cap is told to come back, and health answers meanwhile. The 1 s bound after the limit is the
 * issue's acceptance figure, asserted here because it is a correctness bound (a search must stop), not a speed goal.
 * A server of its own over {@link CostlyIndex}, with a short limit and a small cap so the bounds are reached quickly.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BoundedSearchTest {
    /** Far below what the costly query takes on {@link CostlyIndex} (seconds), so it is reached on any machine. */
    private static final Duration LIMIT = Duration.ofMillis(100);
    /** The acceptance bound: an answer within this long after the limit. */
    private static final long SLACK_MS = 1000;
    /** q = 的 × 999 with every category as a filter, on {@link CostlyIndex}: seconds of phrase checks. */
    private static final String COSTLY = "/api/search?" + CostlyIndex.PARAMS;

    private static CostlyServers servers;
    private static String base;
    /** A server that runs one search at a time, so that a crowd is sure to exceed it. */
    private static String narrowBase;
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();

    @BeforeAll
    static void start() throws Exception {
        servers = new CostlyServers();
        base = servers.start(servers.service(LIMIT, 16));
        narrowBase = servers.start(servers.service(SearchService.DEFAULT_TIMEOUT, 1));
        get(COSTLY); // the bounds are for a warm server: the first request loads classes and dictionaries
    }

    @AfterAll
    static void stop() throws Exception {
        servers.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(base, pathAndQuery);
    }

    private static HttpResponse<String> get(String server, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Timed(HttpResponse<String> response, long millis) {
    }

    private static Timed timed(String pathAndQuery) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get(pathAndQuery);
        return new Timed(r, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void the_costly_query_with_six_category_filters_is_refused_within_a_second_of_the_limit_alone() throws Exception {
        assertEquals(6, Category.values().length);
        for (String query : List.of(COSTLY, COSTLY.substring(0, COSTLY.indexOf('&')))) { // with and without filters
            Timed t = timed(query);

            assertEquals(400, t.response().statusCode(), t.response().body());
            assertTrue(t.response().body().contains("took longer than " + LIMIT.toMillis() + " ms"),
                    t.response().body());
            assertTrue(t.millis() <= LIMIT.toMillis() + SLACK_MS, t.millis() + " ms");
        }
    }

    @Test
    void sixteen_costly_queries_at_once_are_each_refused_within_a_second_of_the_limit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Timed>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(pool.submit(() -> timed(COSTLY)));
            }
            for (Future<Timed> f : all) {
                Timed t = f.get();
                assertEquals(400, t.response().statusCode(), t.response().body());
                // the limit counts from arrival: a search waiting for a CPU turn stops at its limit like one computing
                assertTrue(t.millis() <= LIMIT.toMillis() + SLACK_MS, t.millis() + " ms");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void beyond_the_cap_a_search_is_told_to_come_back_and_health_answers_meanwhile() throws Exception {
        Crowd crowd = Crowd.start(32, () -> get(narrowBase, COSTLY));
        List<HttpResponse<String>> answers;
        try {
            Thread.sleep(300); // let the crowd fill the search turns
            for (int i = 0; i < 10; i++) { // how fast: HealthUnderLoadTest
                assertEquals(200, get(narrowBase, "/api/health").statusCode());
                Thread.sleep(50);
            }
        } finally {
            answers = crowd.stop();
        }
        List<Integer> statuses = Crowd.statuses(answers);
        assertTrue(statuses.contains(503), statuses.toString());
        // answered, stopped at the 5 s limit or refused as busy: never a 500
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 400 || s == 503), statuses.toString());
        for (HttpResponse<String> r : answers) {
            if (r.statusCode() == 503) {
                assertTrue(r.body().contains("\"error\":\"busy\""), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
        }
    }
}

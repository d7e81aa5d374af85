package fazhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.ingest.Report;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import fazhi.testing.TempDirs;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * HTTP figures for BENCHMARKS.md: {@code /api/search} over loopback against {@code SearchService.search} in the same
 * JVM on the same index, in the same run, for the query mix of {@link SearchBenchmark}. The load generator's own
 * cost is stated two ways: a request through the same client to a Javalin route that does nothing (client, loopback
 * and Jetty with no work), and the CPU time of the client's threads per request. Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.HttpBenchmark</pre>
 * An optional argument ({@code -Dargs=20000}) sets the generated corpus size (default 100,000 sections). Everything
 * is bounded: fixed rounds and phase lengths, a timeout on every request, 127.0.0.1 only.
 */
public final class HttpBenchmark {
    static final int ROUNDS = 20;
    static final Duration WARM_UP_MIN = Duration.ofSeconds(15);
    static final Duration WARM_UP_MAX = Duration.ofSeconds(180);
    static final Duration WARM_UP_WINDOW = Duration.ofSeconds(3);
    /** Each closed-loop figure is {@link #SLICES} slices of this length, taking turns with the other two loads. */
    static final Duration PHASE = Duration.ofSeconds(2);
    static final int SLICES = 4;
    static final int[] CONCURRENCY = {1, 2, 4};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SearchService service;
    private final List<SearchRequest> requests = SearchBenchmark.requests();
    private final List<URI> searchUris = new ArrayList<>();
    private final URI noopUri;
    private final LoadClient client = new LoadClient(TIMEOUT);

    private HttpBenchmark(SearchService service, String base, String noopBase) {
        this.service = service;
        for (SearchRequest r : requests) {
            searchUris.add(URI.create(base + "/api/search?" + queryString(r)));
        }
        this.noopUri = URI.create(noopBase + "/noop");
    }

    public static void main(String[] args) throws Exception {
        // Jetty's and Javalin's start/stop lines would break up the tables; set before any logger exists
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Report> seeds = SearchBenchmark.readSeeds();
        // the pom passes its default ${args} ("parse seeds") when none are given: only a number counts
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 100_000;
        Path root = Files.createTempDirectory("fazhi-http-bench");
        System.out.printf("java %s, %d cores available; client and server share them%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        Javalin noop = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/noop", ctx -> ctx.result("{}"));
        }).start("127.0.0.1", 0);
        try {
            // each corpus is indexed, then dropped from memory before the server is measured on its index
            measure(index("seeds", seeds, root.resolve("seeds")), noop);
            measure(index("generated", GeneratedCorpus.build(seeds, size), root.resolve("generated")), noop);
        } finally {
            noop.stop();
            TempDirs.delete(root);
        }
    }

    private static Path index(String name, List<Report> reports, Path dir) throws Exception {
        double secs = SearchBenchmark.index(reports, dir);
        long sections = reports.stream().mapToLong(r -> r.sections().size()).sum();
        System.out.printf("## %s: %d reports, %d sections (indexed in %.1f s)%n", name, reports.size(), sections, secs);
        return dir;
    }

    private static void measure(Path dir, Javalin noop) throws Exception {
        try (SearchService service = SearchService.open(dir)) {
            Javalin app = new WebApp(service, new ReportBrowser(service), Path.of("web")).start("127.0.0.1", 0);
            try {
                new HttpBenchmark(service, "http://127.0.0.1:" + app.port(), "http://127.0.0.1:" + noop.port())
                        .measure();
            } finally {
                app.stop();
            }
        }
    }

    private void measure() throws Exception {
        long bytes = checkAnswers();
        System.out.printf("%d requests; mean JSON answer %.1f KB (uncompressed)%n", requests.size(),
                bytes / 1e3 / requests.size());
        warmUp();
        sequential();
        System.out.printf("%nclosed loop, %d × %d s per cell:%n", SLICES, PHASE.toSeconds());
        System.out.println("| concurrency | in-process req/s | HTTP req/s | HTTP ÷ in-process | in-process p50 / p99 ms"
                + " | HTTP p50 / p99 ms | no-op route req/s |\n|---|---|---|---|---|---|---|");
        for (int c : CONCURRENCY) {
            // the three loads take turns in short slices, so that a slow spell of the machine hits all of them
            Load.Result inProcess = Load.Result.NONE;
            Load.Result http = Load.Result.NONE;
            Load.Result floor = Load.Result.NONE;
            for (int slice = 0; slice < SLICES; slice++) {
                inProcess = inProcess.plus(Load.run(c, PHASE, i -> service.search(requests.get(i % requests.size()))));
                http = http.plus(Load.run(c, PHASE, i -> client.get(searchUris.get(i % searchUris.size()), false)));
                floor = floor.plus(Load.run(c, PHASE, i -> client.get(noopUri, false)));
            }
            System.out.printf("| %d | %.0f | %.0f | %.2f | %.2f / %.2f | %.2f / %.2f | %.0f |%n", c,
                    inProcess.perSecond(), http.perSecond(), http.perSecond() / inProcess.perSecond(),
                    inProcess.percentile(50), inProcess.percentile(99), http.percentile(50), http.percentile(99),
                    floor.perSecond());
        }
        System.out.println();
    }

    /**
     * Runs the whole mix (in-process, HTTP with and without gzip, the no-op route; two threads) until the JIT has
     * settled: at least {@link #WARM_UP_MIN}, then until a window adds under 2% of its length in compilation time, at
     * most {@link #WARM_UP_MAX}. A fixed 15 s was not enough on 2 cores: compilation still competed with the run, and
     * the first corpus measured a no-op round trip 3× slower than the second did.
     */
    private void warmUp() throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long compiling;
        boolean settled;
        do {
            long before = jit.getTotalCompilationTime();
            Load.run(2, WARM_UP_WINDOW, i -> {
                int q = i % requests.size();
                service.search(requests.get(q));
                client.get(searchUris.get(q), i % 2 == 0);
                client.get(noopUri, false);
            });
            compiling = jit.getTotalCompilationTime() - before;
            settled = compiling * 50 < WARM_UP_WINDOW.toMillis();
        } while (System.nanoTime() - start < WARM_UP_MIN.toNanos()
                || !settled && System.nanoTime() - start < WARM_UP_MAX.toNanos());
        System.out.printf("warm-up %.0f s; JIT compilation in its last %d s window: %d ms%s%n",
                (System.nanoTime() - start) / 1e9, WARM_UP_WINDOW.toSeconds(), compiling,
                settled ? "" : " (not settled; figures below may drift)");
    }

    /** One client thread, requests in turn: the latency a single researcher sees, beside its parts. */
    private void sequential() throws Exception {
        int n = requests.size() * ROUNDS;
        long[] inProcess = new long[n];
        long[] json = new long[n];
        long[] http = new long[n];
        long[] gzip = new long[n];
        long[] floor = new long[n];
        ObjectMapper mapper = new ObjectMapper(); // encodes as fast as the API's mapper (which differs in one flag)
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int q = 0; q < requests.size(); q++, i++) {
                long t = System.nanoTime();
                Object result = service.search(requests.get(q));
                inProcess[i] = System.nanoTime() - t;
                t = System.nanoTime();
                mapper.writeValueAsBytes(result);
                json[i] = System.nanoTime() - t;
                t = System.nanoTime();
                client.get(searchUris.get(q), false);
                http[i] = System.nanoTime() - t;
                t = System.nanoTime();
                client.get(searchUris.get(q), true);
                gzip[i] = System.nanoTime() - t;
                t = System.nanoTime();
                client.get(noopUri, false);
                floor[i] = System.nanoTime() - t;
            }
        }
        System.out.printf("sequential, one client thread, %d requests × %d rounds, interleaved:%n", requests.size(),
                ROUNDS);
        System.out.println("| path | p50 ms | p99 ms | mean ms |\n|---|---|---|---|");
        row("in-process `SearchService.search`", inProcess);
        row("JSON encoding of that result (Jackson, in-process)", json);
        row("HTTP `/api/search`", http);
        row("HTTP `/api/search`, `Accept-Encoding: gzip`", gzip);
        row("HTTP no-op route (client + loopback + Jetty)", floor);
        clientCost(n);
    }

    /** The load generator's CPU per request: the calling thread and the HttpClient's own threads, over a run of
     *  requests alone (snapshots of thread CPU times are taken once, before and after, so they cost nothing here). */
    private void clientCost(int n) throws Exception {
        long cpu = client.cpuNanos();
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            client.get(searchUris.get(i % searchUris.size()), false);
        }
        long wall = System.nanoTime() - t;
        cpu = client.cpuNanos() - cpu;
        System.out.printf("load generator CPU per `/api/search` request (calling thread + HttpClient threads): "
                + "%.3f ms of %.3f ms wall (%.0f%%)%n", cpu / 1e6 / n, wall / 1e6 / n, 100.0 * cpu / wall);
    }

    /** Every HTTP answer must be a 200 with the same total as the in-process search; returns the bytes answered. */
    private long checkAnswers() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        long bytes = 0;
        for (int q = 0; q < requests.size(); q++) {
            HttpResponse<byte[]> response = client.get(searchUris.get(q), false);
            JsonNode body = mapper.readTree(response.body());
            long expected = service.search(requests.get(q)).total();
            if (body.path("total").asLong(-1) != expected) {
                throw new AssertionError(searchUris.get(q) + ": HTTP total " + body.path("total") + ", in-process "
                        + expected);
            }
            bytes += response.body().length;
        }
        return bytes;
    }

    private static void row(String what, long[] nanos) {
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("| %s | %.2f | %.2f | %.2f |%n", what, SearchBenchmark.pct(nanos, 50),
                SearchBenchmark.pct(nanos, 99), mean);
    }

    /** The request as the web page would send it: the API's own parameter names, filters repeated. */
    static String queryString(SearchRequest r) {
        StringBuilder sb = new StringBuilder("q=").append(encode(r.query()));
        sb.append("&mode=").append(r.mode().id()).append("&sort=").append(encode(r.sort().id()));
        for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
            for (String v : f.getValue()) {
                sb.append('&').append(f.getKey()).append('=').append(encode(v));
            }
        }
        return sb.append("&page=").append(r.page()).append("&size=").append(r.size()).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The load generator: the JDK's HttpClient over HTTP/1.1 with kept-alive connections, one per client thread. */
    static final class LoadClient {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Duration timeout;

        LoadClient(Duration timeout) {
            this.timeout = timeout;
        }

        HttpResponse<byte[]> get(URI uri, boolean gzip) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
            if (gzip) {
                b.header("Accept-Encoding", "gzip");
            }
            HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        }

        /** CPU time so far of the calling thread and of the client's own threads (selector and executor), which
         *  the JDK names HttpClient-N-…; a thread that ended in between would be missed, none does in a short run. */
        long cpuNanos() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long sum = mx.getCurrentThreadCpuTime();
            for (Thread th : Thread.getAllStackTraces().keySet()) {
                if (th.getName().startsWith("HttpClient-")) {
                    sum += Math.max(0, mx.getThreadCpuTime(th.threadId()));
                }
            }
            return sum;
        }
    }
}

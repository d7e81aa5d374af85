package fazhi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the time of an HTTP search goes beyond the search itself, for the "HTTP overhead" figures of BENCHMARKS.md:
 * on the peers benchmark's indexes ({@link BenchData}) and query mix ({@link PeerQuery#MIX}), one thread sends
 * each request along every path below in turn, request by request, so a slow spell of the machine hits all paths:
 * the search in-process; the search plus the API's JSON encoding in-process; {@code /api/search} through the JDK's
 * {@code HttpClient} and through {@link SocketClient}; {@code /api/health} through the socket client (the app's
 * floor: Jetty, Javalin and the app's filters, metrics and encoding, no search); and a bare Javalin app answering
 * {@code {}} ({@link NoopServer}: Jetty and Javalin alone). Before anything is timed, both clients' answers are
 * checked to be the in-process search's JSON. For each path it states wall time and the CPU time per request of
 * each group of threads (thread CPU from {@code ThreadMXBean}, which other processes' load inflates far less than
 * wall time): the calling thread, the HttpClient's threads, the servers' ({@code JettyServerThreadPool-*}, and
 * {@code search-slice-*} where a search is split) and the JVM's own (JIT, GC, the rest). Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.HttpOverheadBenchmark -Dargs=10000,100000</pre>
 */
public final class HttpOverheadBenchmark {
    static final int ROUNDS = 40;
    static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The API's encoding (as {@code WebJson}): nulls kept, records as objects. */
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private static final String[] GROUPS = {"caller", "HttpClient", "server", "jvm"};

    /** One way of answering a request of the mix. */
    private interface Way {
        void run(int q) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String s : a.split(",")) {
                if (s.matches("[0-9]+")) {
                    sizes.add(Integer.parseInt(s));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000);
        }
        System.out.printf("java %s, %d cores, load average %s%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), PeersBenchmark.loadAverage());
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int size) throws Exception {
        Path lucene = BenchData.folder("lucene", size);
        if (!BenchData.luceneIsCurrent(lucene)) {
            throw new IllegalStateException(lucene + " is missing or stale: run PeersBenchmark at " + size + " first");
        }
        try (SearchService service = SearchService.open(lucene, Duration.ofMinutes(2))) {
            Javalin app = new WebApp(service, new ReportBrowser(service), Path.of("web")).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            HttpBenchmark.LoadClient jdk = new HttpBenchmark.LoadClient(TIMEOUT);
            try (SocketClient socket = new SocketClient("127.0.0.1", app.port(), TIMEOUT);
                 NoopServer noop = NoopServer.start(0);
                 SocketClient bare = new SocketClient("127.0.0.1", noop.port(), TIMEOUT)) {
                List<String> targets = new ArrayList<>();
                for (PeerQuery q : PeerQuery.MIX) {
                    targets.add("/api/search?" + HttpBenchmark.queryString(q.request()));
                }
                check(service, jdk, socket, base, targets);
                System.out.printf("answer of %s:%n%s%n", targets.getFirst(), socket.lastHead().indent(2));
                Map<String, Way> paths = new LinkedHashMap<>();
                paths.put("in-process `SearchService.search`", q -> service.search(PeerQuery.MIX.get(q).request()));
                paths.put("in-process search + JSON encoding", q -> JSON.writeValueAsBytes(
                        service.search(PeerQuery.MIX.get(q).request())));
                paths.put("HTTP `/api/search`, JDK HttpClient", q -> jdk.get(URI.create(base + targets.get(q)), false));
                paths.put("HTTP `/api/search`, socket client", q -> socket.get(targets.get(q)));
                paths.put("HTTP `/api/health`, socket client", q -> socket.get("/api/health"));
                paths.put("HTTP, a bare Javalin app answering `{}`, socket client", q -> bare.get("/api/health"));
                long until = System.nanoTime() + WARM_UP.toNanos();
                while (System.nanoTime() < until) {
                    for (int q = 0; q < PeerQuery.MIX.size(); q++) {
                        for (Way p : paths.values()) {
                            p.run(q);
                        }
                    }
                }
                System.out.printf("## %,d sections, load average %s%n", service.index().stats().sections(),
                        PeersBenchmark.loadAverage());
                measure(paths);
            } finally {
                app.stop();
            }
        }
    }

    /** Both clients get the same answer, which is the in-process search's; checked before anything is timed. */
    private static void check(SearchService service, HttpBenchmark.LoadClient jdk, SocketClient socket, String base,
                              List<String> targets) throws Exception {
        for (int q = targets.size() - 1; q >= 0; q--) {
            JsonNode direct = answer(JSON.writeValueAsBytes(service.search(PeerQuery.MIX.get(q).request())));
            JsonNode viaJdk = answer(jdk.get(URI.create(base + targets.get(q)), false).body());
            JsonNode viaSocket = answer(socket.get(targets.get(q)));
            if (!direct.equals(viaJdk) || !direct.equals(viaSocket)) {
                throw new AssertionError(targets.get(q) + ": HTTP answers differ from the in-process search");
            }
        }
    }

    /** An answer without its timing ({@code tookMs}), which differs from one run of a search to the next. */
    private static JsonNode answer(byte[] json) throws java.io.IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        tree.remove("tookMs");
        return tree;
    }

    private static void measure(Map<String, Way> paths) throws Exception {
        int n = PeerQuery.MIX.size() * ROUNDS;
        Map<String, long[]> wall = new LinkedHashMap<>();
        Map<String, long[]> cpu = new LinkedHashMap<>();
        paths.keySet().forEach(k -> {
            wall.put(k, new long[n]);
            cpu.put(k, new long[GROUPS.length]);
        });
        ThreadCpu threads = new ThreadCpu();
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int q = 0; q < PeerQuery.MIX.size(); q++, i++) {
                for (Map.Entry<String, Way> p : paths.entrySet()) {
                    long[] before = threads.snapshot();
                    long t = System.nanoTime();
                    p.getValue().run(q);
                    wall.get(p.getKey())[i] = System.nanoTime() - t;
                    long[] after = threads.snapshot();
                    long[] sum = cpu.get(p.getKey());
                    for (int g = 0; g < GROUPS.length; g++) {
                        sum[g] += after[g] - before[g];
                    }
                }
            }
        }
        System.out.printf("%d requests × %d rounds, one thread, paths in turn request by request; wall p50 / p99 /"
                + " mean ms, then CPU ms per request by thread group%n", PeerQuery.MIX.size(), ROUNDS);
        System.out.println("| path | p50 | p99 | mean | CPU: calling thread | HttpClient threads | server threads"
                + " | JVM (JIT, GC) |\n|---|---|---|---|---|---|---|---|");
        for (String k : paths.keySet()) {
            long[] w = wall.get(k);
            long[] c = cpu.get(k);
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.3f | %.3f | %.3f | %.3f |%n", k, PeersBenchmark.p(w, 50),
                    PeersBenchmark.p(w, 99), Arrays.stream(w).average().orElse(0) / 1e6, c[0] / 1e6 / n,
                    c[1] / 1e6 / n, c[2] / 1e6 / n, c[3] / 1e6 / n);
        }
        List<String> keys = new ArrayList<>(paths.keySet());
        double in = PeersBenchmark.p(wall.get(keys.get(0)), 50);
        System.out.printf("%nHTTP ÷ in-process p50: JDK HttpClient %.2f×, socket client %.2f×%n%n",
                PeersBenchmark.p(wall.get(keys.get(2)), 50) / in, PeersBenchmark.p(wall.get(keys.get(3)), 50) / in);
    }

    /** CPU time so far of each group of threads; threads are grouped by name once, when first seen. */
    static final class ThreadCpu {
        private final com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final Map<Long, Integer> groups = new HashMap<>();
        private final long caller = Thread.currentThread().threadId();

        long[] snapshot() {
            long[] ids = mx.getAllThreadIds();
            long[] times = mx.getThreadCpuTime(ids);
            long[] sum = new long[GROUPS.length];
            for (int k = 0; k < ids.length; k++) {
                if (times[k] > 0) {
                    sum[groups.computeIfAbsent(ids[k], this::group)] += times[k];
                }
            }
            return sum;
        }

        private int group(long id) {
            if (id == caller) {
                return 0;
            }
            var info = mx.getThreadInfo(id);
            String name = info == null ? "" : info.getThreadName();
            if (name.startsWith("HttpClient-")) {
                return 1;
            }
            if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp") || name.startsWith("search-slice")) {
                return 2;
            }
            return 3;
        }
    }
}

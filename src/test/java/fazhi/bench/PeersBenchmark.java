package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This project beside its peers on the same generated sections, in one JVM run: SQLite FTS5 (trigram) and Tantivy
 * (character and bigram layouts, through a Quickwit split), at each corpus size given (default 10,000, 100,000 and
 * 1,000,000 sections). Every engine answers the {@link PeerQuery#MIX} with an exact count, year/township/category
 * counts and a page of 20 with snippets; before anything is timed, each count is checked against a scan of the
 * folded texts. This project is timed in-process ({@code SearchService.search}) and over HTTP ({@code /api/search}
 * on loopback, the real {@code WebApp}). Indexes are built once into {@link BenchData#root()} and reused. Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.PeersBenchmark -Dargs=10000,100000,1000000</pre>
 * ({@code -Dargs="1000000 peers-only"} only builds the peers' indexes.) Then {@link ServeMemory} states the heap and
 * RSS of {@code fazhi serve} on the largest index.
 */
public final class PeersBenchmark {
    /** Timed rounds of the mix per engine; the scan-bound FTS5 gets fewer at a million sections. */
    static final int ROUNDS = 10;
    static final int SLOW_ROUNDS = 3;
    static final Duration WARM_UP = Duration.ofSeconds(15);

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<Integer> sizes = new ArrayList<>();
        boolean peersOnly = false;
        for (String a : args) {
            peersOnly |= a.equals("peers-only");
            for (String s : a.split(",")) {
                if (s.matches("[0-9]+")) {
                    sizes.add(Integer.parseInt(s));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000, 1_000_000);
        }
        System.out.printf("java %s, %d cores, load average %s; indexes in %s%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), BenchData.root());
        List<Report> seeds = SearchBenchmark.readSeeds();
        for (int size : sizes) {
            if (peersOnly) { // builds the peers' indexes for later runs, measures nothing
                List<Report> reports = GeneratedCorpus.build(seeds, size);
                System.out.printf("%,d sections: FTS5 loaded in %.0f s, Tantivy in %.0f s%n", size,
                        Fts5Peer.ensure(reports, size), TantivyPeer.ensure(new PeerCorpus(reports), size));
            } else {
                run(seeds, size);
            }
        }
    }

    private static void run(List<Report> seeds, int size) throws Exception {
        List<Report> reports = GeneratedCorpus.build(seeds, size);
        PeerCorpus corpus = new PeerCorpus(reports);
        System.out.printf("## %,d sections (%,d reports)%n", corpus.size(), reports.size());
        Path lucene = BenchData.folder("lucene", size);
        if (!BenchData.luceneIsCurrent(lucene)) {
            BenchData.delete(lucene);
            System.out.printf("built this project's index in %.0f s (2 threads)%n",
                    BuildBenchmark.lucene(reports, lucene, 2));
        }
        double fts = Fts5Peer.ensure(reports, size);
        reports = null; // only the folded copy is needed from here on
        double tantivy = TantivyPeer.ensure(corpus, size);
        if (fts > 0 || tantivy > 0) {
            System.out.printf("loaded FTS5 in %.0f s, Tantivy (+ split) in %.0f s%n", fts, tantivy);
        }
        long luceneBytes = BenchData.size(lucene);
        long ftsBytes = BenchData.size(Fts5Peer.file(size));
        long tantivyBytes = BenchData.size(TantivyPeer.split(size));
        System.out.printf("index size: this project %.1f MB (%.2f× FTS5), FTS5 %.1f MB, Tantivy split %.1f MB "
                + "(%.2f× FTS5; one split holds both layouts: the bigram layout uses all of it)%n", luceneBytes / 1e6, (double) luceneBytes / ftsBytes,
                ftsBytes / 1e6, tantivyBytes / 1e6, (double) tantivyBytes / ftsBytes);

        try (SearchService service = SearchService.open(lucene, Duration.ofMinutes(2)); // a cold first search on a busy machine can take seconds
             Fts5Peer fts5 = Fts5Peer.open(size);
             TantivyPeer bigrams = TantivyPeer.open(size, TantivyPeer.Layout.BIGRAMS);
             TantivyPeer chars = TantivyPeer.open(size, TantivyPeer.Layout.CHARS)) {
            LucenePeer fazhi = new LucenePeer(service);
            Javalin app = new WebApp(service, new ReportBrowser(service), Path.of("web")).start("127.0.0.1", 0);
            try (HttpPeer http = HttpPeer.socket(app.port()); HttpPeer httpJdk = HttpPeer.jdk(app.port())) {
                List<PeerEngine> engines = List.of(fazhi, http, bigrams, chars, fts5, httpJdk);
                int mismatches = check(corpus, engines);
                System.out.printf("exact counts checked against a scan: %d mismatches%n", mismatches);
                http.parse = false;
                httpJdk.parse = false;
                for (PeerEngine e : engines) {
                    warmUp(e, e == fts5 ? Duration.ZERO : WARM_UP);
                }
                time(engines, fts5, size);
                System.out.printf("%n%s%n%s%n", http.clientCost(), httpJdk.clientCost());
            } finally {
                app.stop();
            }
        }
        System.out.printf("load average after: %s%n%n", loadAverage());
    }

    /** Every engine's total and facet counts against the scan's, for every request of the mix. */
    private static int check(PeerCorpus corpus, List<PeerEngine> engines) throws Exception {
        int bad = 0;
        for (PeerQuery q : PeerQuery.MIX) {
            PeerEngine.Answer scan = corpus.scan(q, false);
            PeerEngine.Answer sideways = corpus.scan(q, true);
            for (PeerEngine e : engines) {
                List<String> wrong = PeerCorpus.mismatches(e.sideways() ? sideways : scan, e.search(q));
                if (!wrong.isEmpty()) {
                    bad++;
                    System.out.printf("MISMATCH %s, %s: %s%n", e.name(), q, wrong);
                }
            }
        }
        return bad;
    }

    private static void warmUp(PeerEngine e, Duration d) throws Exception {
        long until = System.nanoTime() + d.toNanos();
        do {
            for (PeerQuery q : PeerQuery.MIX) {
                e.search(q);
            }
        } while (System.nanoTime() < until);
    }

    /** Rounds of the mix, engines taking turns request by request so a slow spell of the machine hits all. */
    private static void time(List<PeerEngine> engines, PeerEngine slow, int size) throws Exception {
        int slowRounds = size >= 1_000_000 ? SLOW_ROUNDS : ROUNDS / 2;
        Map<PeerEngine, long[][]> lat = new LinkedHashMap<>();
        for (PeerEngine e : engines) {
            lat.put(e, new long[PeerQuery.MIX.size()][e == slow ? slowRounds : ROUNDS]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int q = 0; q < PeerQuery.MIX.size(); q++) {
                for (PeerEngine e : engines) {
                    if (e == slow && round >= slowRounds) {
                        continue;
                    }
                    long t = System.nanoTime();
                    e.search(PeerQuery.MIX.get(q));
                    lat.get(e)[q][round] = System.nanoTime() - t;
                }
            }
        }
        double ours = p(flat(lat.get(engines.get(0))), 50);
        double oursHttp = p(flat(lat.get(engines.get(1))), 50);
        System.out.printf("%d requests × %d rounds (FTS5: %d), p50 / p99 / mean in ms:%n", PeerQuery.MIX.size(), ROUNDS,
                slowRounds);
        System.out.println("| engine | p50 | p99 | mean | p50 ÷ this project's in-process p50 | p50 ÷ this project's"
                + " HTTP p50 |\n|---|---|---|---|---|---|");
        for (PeerEngine e : engines) {
            long[] all = flat(lat.get(e));
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f× | %.2f× |%n", e.name(), p(all, 50), p(all, 99),
                    Arrays.stream(all).average().orElse(0) / 1e6, p(all, 50) / ours, p(all, 50) / oursHttp);
        }
        System.out.print("\nper request, p50 ms:\n| request |");
        engines.forEach(e -> System.out.print(" " + e.name() + " |"));
        System.out.print("\n|---|" + "---|".repeat(engines.size()) + "\n");
        for (int q = 0; q < PeerQuery.MIX.size(); q++) {
            System.out.printf("| `%s` |", PeerQuery.MIX.get(q));
            for (PeerEngine e : engines) {
                System.out.printf(" %.2f |", p(lat.get(e)[q], 50));
            }
            System.out.println();
        }
    }

    static long[] flat(long[][] perQuery) {
        return Arrays.stream(perQuery).flatMapToLong(Arrays::stream).toArray();
    }

    static double p(long[] nanos, int pct) {
        return SearchBenchmark.pct(nanos, pct);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * This project over HTTP: {@code /api/search} with the API's parameters, answer parsed back for checking. The
     * load generator is {@link SocketClient} (a kept-alive socket read on the calling thread), or the JDK's
     * {@code HttpClient}, which costs about 0.5 ms more CPU per request on the same two cores (BENCHMARKS.md,
     * "HTTP overhead"); each states its own CPU time per timed request (the calling thread's, and for the JDK's
     * client also its own threads').
     */
    static final class HttpPeer implements PeerEngine {
        private final String base;
        private final SocketClient socket;
        private final HttpBenchmark.LoadClient jdk;
        private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        private long timed;
        private long cpuNanos;

        /** Off while timing: the client then only receives the answer (whole, status checked), as
         *  {@link HttpBenchmark} measures it. */
        boolean parse = true;

        private HttpPeer(String base, SocketClient socket, HttpBenchmark.LoadClient jdk) {
            this.base = base;
            this.socket = socket;
            this.jdk = jdk;
        }

        static HttpPeer socket(int port) {
            return new HttpPeer("http://127.0.0.1:" + port, new SocketClient("127.0.0.1", port, Duration.ofSeconds(60)),
                    null);
        }

        static HttpPeer jdk(int port) {
            return new HttpPeer("http://127.0.0.1:" + port, null, new HttpBenchmark.LoadClient(Duration.ofSeconds(60)));
        }

        @Override
        public String name() {
            return socket != null ? "fazhi over HTTP" : "fazhi over HTTP (JDK HttpClient)";
        }

        @Override
        public boolean sideways() {
            return true;
        }

        @Override
        public Answer search(PeerQuery q) throws Exception {
            String target = "/api/search?" + HttpBenchmark.queryString(q.request());
            long cpu = parse ? 0 : cpuNanos();
            byte[] body = socket != null ? socket.get(target) : jdk.get(URI.create(base + target), false).body();
            if (!parse) {
                cpuNanos += cpuNanos() - cpu;
                timed++;
                return null;
            }
            return LucenePeer.answer(mapper.readValue(body, fazhi.search.SearchResult.class));
        }

        /** CPU time of the load generator: the calling thread, and the JDK client's own threads. */
        private long cpuNanos() {
            return socket != null ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    : jdk.cpuNanos();
        }

        /** The load generator's CPU time per request sent with {@link #parse} off (warm-up and timed rounds). */
        String clientCost() {
            return String.format("%s: load generator CPU %.3f ms per request (%d requests)", name(),
                    cpuNanos / 1e6 / Math.max(1, timed), timed);
        }

        @Override
        public void close() throws Exception {
            if (socket != null) {
                socket.close();
            }
        }
    }
}

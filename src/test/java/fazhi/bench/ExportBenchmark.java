package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import fazhi.testing.TempDirs;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Export memory: streams every section of a generated corpus of at least 200,000 sections through
 * {@code GET /api/export} from a server whose JVM is capped at {@value #HEAP} heap, and reports the live heap
 * (heap in use after each garbage collection, the most it reached) against a baseline measured in the same JVM:
 * the server idle after one search. The export's bytes are counted and dropped by the client.
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.ExportBenchmark</pre>
 * (add {@code -Dargs=300000} for another corpus size). The index is built in this JVM; the server runs in a child
 * JVM with {@code -Xmx}{@value #HEAP}, so that the cap applies to serving alone.
 */
public final class ExportBenchmark {
    static final String HEAP = "192m";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            serve(Path.of(args[1]));
            return;
        }
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 200_000;
        Path root = Files.createTempDirectory("fazhi-export-bench");
        try {
            List<Report> reports = GeneratedCorpus.build(SearchBenchmark.readSeeds(), size);
            long sections = reports.stream().mapToLong(r -> r.sections().size()).sum();
            Path dir = root.resolve("index");
            double secs = SearchBenchmark.index(reports, dir);
            System.out.printf("generated corpus: %d reports, %d sections, indexed in %.0f s%n", reports.size(),
                    sections, secs);
            reports = null; // the child serves from the index alone
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx" + HEAP, "--add-modules", "jdk.incubator.vector",
                    "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                    ExportBenchmark.class.getName(), "serve", dir.toString()).inheritIO().start();
            int code = child.waitFor();
            System.out.println("server JVM exit code " + code + (code == 0 ? "" : " (failed: see above)"));
        } finally {
            TempDirs.delete(root);
        }
    }

    /** In the capped JVM: serve the index, measure idle, then export everything over HTTP. */
    private static void serve(Path dir) throws Exception {
        try (SearchService service = SearchService.open(dir)) {
            Javalin app = new WebApp(service, new ReportBrowser(service), Path.of("web")).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newHttpClient();
            try {
                long total = service.search(SearchRequest.of("")).total();
                get(http, base + "/api/search?q=" + enc("法律顾问"));
                LiveHeap idle = LiveHeap.measure(() -> get(http, base + "/api/search?q=" + enc("法律顾问")));
                System.out.printf("server JVM -Xmx%s; index holds %d sections%n", HEAP, total);
                System.out.printf("baseline, a search page: live heap max %.1f MB%n", idle.maxMb());
                for (String path : List.of("/api/export?unit=sections", "/api/export?unit=sections&format=jsonl",
                        "/api/export?unit=occurrences&q=" + enc("法律顾问"), "/api/export?unit=reports&q=" + enc("调解"))) {
                    long[] counted = new long[2];
                    long t0 = System.nanoTime();
                    LiveHeap export = LiveHeap.measure(() -> {
                        long[] c = get(http, base + path);
                        counted[0] = c[0];
                        counted[1] = c[1];
                    });
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%s: %d lines, %.1f MB in %.1f s (%.0f lines/s); live heap max %.1f MB "
                            + "(%.2f× the search baseline), heap in use at most %.1f MB%n", path, counted[0],
                            counted[1] / 1e6, s, counted[0] / s, export.maxMb(), export.maxMb() / idle.maxMb(),
                            export.peakMb());
                }
            } finally {
                app.stop();
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Streams a response to nowhere, counting lines and bytes. */
    private static long[] get(HttpClient http, String url) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        long lines = 0;
        long bytes = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new long[] {lines, bytes};
    }

    interface Work {
        void run() throws Exception;
    }

    /** Heap measured while work runs: the most in use right after a collection (live data plus what survived),
     *  sampled every 20 ms, and the most in use at all (garbage included). */
    record LiveHeap(long maxLive, long peak) {
        static LiveHeap measure(Work work) throws Exception {
            List<MemoryPoolMXBean> heap = new ArrayList<>();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    heap.add(p);
                    p.resetPeakUsage();
                }
            }
            System.gc();
            long[] max = {0};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long live = heap.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                            : p.getCollectionUsage().getUsed()).sum();
                    max[0] = Math.max(max[0], live);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            try {
                work.run();
            } finally {
                sampler.interrupt();
                sampler.join();
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new LiveHeap(max[0], peak);
        }

        double maxMb() {
            return maxLive / 1e6;
        }

        double peakMb() {
            return peak / 1e6;
        }
    }
}

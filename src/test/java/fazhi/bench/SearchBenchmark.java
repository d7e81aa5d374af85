package fazhi.bench;

import fazhi.index.IndexStore;
import fazhi.ingest.Report;
import fazhi.ingest.ReportFiles;
import fazhi.ingest.ReportReader;
import fazhi.ingest.Section;
import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import fazhi.search.SortOrder;
import fazhi.testing.TempDirs;
import fazhi.text.Folding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Indexing and query figures for BENCHMARKS.md, on the seeds and on a generated corpus of at least 100,000 sections,
 * beside a grep-style scan (String.indexOf over the same normalised texts) measured in the same run. Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.SearchBenchmark</pre>
 * An optional argument ({@code -Dargs=20000}) sets the generated corpus size (default 100,000 sections).
 */
public final class SearchBenchmark {
    /** A mix of what researchers type: single terms of 1–6 characters, digits, traditional input, AND, OR, NOT,
     *  field filters, and words mode. Facet filters are added to some below. */
    static final List<String> QUERIES = List.of("法律顾问", "政府", "合法", "村", "调解", "法治宣传", "12345", "12345热线",
            "法律顧問", "依法行政", "矛盾纠纷化解", "法律顾问 审查", "村 调解", "调解 OR 信访", "法治 -宣传",
            "\"法治政府 建设\"", "heading:法律顾问", "path:举措 普法", "year:[2021 TO 2023] 调解", "category:plans 培训");
    static final int ROUNDS = 10;
    /** Searches run this long before timing starts, so the figures are for compiled code, as in a server. */
    static final long WARM_UP_NANOS = 15_000_000_000L;

    public static void main(String[] args) throws Exception {
        List<Report> seeds = readSeeds();
        // the pom passes its default ${args} ("parse seeds") when none are given: only a number counts
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 100_000;
        Path root = Files.createTempDirectory("fazhi-bench");
        System.out.printf("java %s, %d cores available%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try {
            run("seeds", seeds, root.resolve("seeds"));
            run("generated", GeneratedCorpus.build(seeds, size), root.resolve("generated"));
        } finally {
            TempDirs.delete(root); // about 100 MB at 100,000 sections
        }
    }

    /** The bundled reports, parsed. */
    static List<Report> readSeeds() throws Exception {
        List<Report> seeds = new ArrayList<>();
        for (Path f : ReportFiles.expand(List.of(Path.of("seeds")))) {
            seeds.add(ReportReader.read(f));
        }
        return seeds;
    }

    /** Indexes the reports into a new index at dir (commit and merge to one segment included); returns seconds. */
    static double index(List<Report> reports, Path dir) throws Exception {
        long t0 = System.nanoTime();
        try (IndexStore.Build build = IndexStore.begin(dir, false)) {
            for (Report r : reports) {
                build.indexer().put(r);
            }
            build.publish();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void run(String name, List<Report> reports, Path dir) throws Exception {
        List<Section> sections = reports.stream().flatMap(r -> r.sections().stream()).toList();
        long bytes = sections.stream().mapToLong(s -> utf8(s.heading()) + utf8(s.text())).sum();
        double secs = index(reports, dir);
        long indexBytes;
        try (Stream<Path> files = Files.walk(dir)) {
            indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("## %s: %d reports, %d sections, %.1f MB of heading+text (UTF-8)%n", name, reports.size(),
                sections.size(), bytes / 1e6);
        System.out.printf("indexing (incl. commit and merge to one segment): %.1f s, %.0f sections/s, %.2f MB/s; "
                + "index size %.1f MB (%.2f× the text)%n", secs, sections.size() / secs, bytes / 1e6 / secs,
                indexBytes / 1e6, (double) indexBytes / bytes);

        try (SearchService service = SearchService.open(dir)) {
            List<SearchRequest> requests = requests();
            long warmUntil = System.nanoTime() + WARM_UP_NANOS; // JIT, facet state, analyzers
            for (int warm = 0; warm < 3 || System.nanoTime() < warmUntil; warm++) {
                for (SearchRequest r : requests) {
                    service.search(r);
                }
            }
            long[] lat = new long[requests.size() * ROUNDS];
            long[][] perQuery = new long[requests.size()][ROUNDS];
            long[] totals = new long[requests.size()];
            int n = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int q = 0; q < requests.size(); q++) {
                    SearchRequest r = requests.get(q);
                    long s = System.nanoTime();
                    SearchResult result = service.search(r);
                    lat[n++] = perQuery[q][round] = System.nanoTime() - s;
                    totals[q] = result.total();
                    if (round == 0 && r.mode() == Mode.EXACT && r.filters().isEmpty()) {
                        checkAgainstScan(sections, r.query(), result.total());
                    }
                }
            }
            System.out.printf("search (page of 10 with facets, snippets, match counts; %d queries × %d rounds): "
                    + "p50 %.2f ms, p99 %.2f ms%n", requests.size(), ROUNDS, pct(lat, 50), pct(lat, 99));
            System.out.println("| query | mode | filters | total | p50 ms | max ms |\n|---|---|---|---|---|---|");
            for (int q = 0; q < requests.size(); q++) {
                SearchRequest r = requests.get(q);
                System.out.printf("| `%s` | %s | %s | %d | %.2f | %.2f |%n", r.query(), r.mode().id(),
                        r.filters().isEmpty() ? "" : r.filters(), totals[q], pct(perQuery[q], 50),
                        pct(perQuery[q], 100));
            }
        }

        String[] normalised = sections.stream().map(s -> Folding.forMatching(s.heading()) + "\u0000"
                + Folding.forMatching(s.text())).toArray(String[]::new);
        List<String> terms = QUERIES.stream().filter(q -> q.matches("[^ :\"()-]+")).map(Folding::forMatching)
                .toList();
        long[] scan = new long[terms.size() * ROUNDS];
        int n = 0;
        for (int round = 0; round < ROUNDS + 1; round++) {
            for (String term : terms) {
                long s = System.nanoTime();
                int found = 0;
                for (String text : normalised) {
                    if (text.indexOf(term) >= 0) {
                        found++;
                    }
                }
                if (round > 0) { // round 0 warms up
                    scan[n++] = System.nanoTime() - s;
                }
                if (found < 0) {
                    throw new AssertionError();
                }
            }
        }
        System.out.printf("grep-style scan (String.indexOf over pre-normalised texts, %d single terms × %d rounds, "
                + "count only): p50 %.2f ms, p99 %.2f ms%n%n", terms.size(), ROUNDS, pct(scan, 50), pct(scan, 99));
    }

    static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String q : QUERIES) {
            out.add(new SearchRequest(q, Mode.EXACT, Map.of(), SortOrder.RELEVANCE, 1, 10));
        }
        out.add(new SearchRequest("法律顾问", Mode.EXACT, Map.of("year", List.of("2023")), SortOrder.RELEVANCE, 1, 10));
        out.add(new SearchRequest("调解", Mode.EXACT, Map.of("province", List.of("广东省"), "category",
                List.of("measures")), SortOrder.YEAR_DESC, 1, 10));
        out.add(new SearchRequest("法治政府建设", Mode.WORDS, Map.of(), SortOrder.RELEVANCE, 1, 10));
        out.add(new SearchRequest("矛盾纠纷 调解", Mode.WORDS, Map.of(), SortOrder.RELEVANCE, 1, 10));
        return out;
    }

    /** The index and a plain scan must agree on how many sections contain a single literal term. */
    private static void checkAgainstScan(List<Section> sections, String query, long total) {
        if (!query.matches("[^ :\"()-]+")) {
            return;
        }
        String n = Folding.forMatching(query);
        long expected = sections.stream().filter(s -> Folding.forMatching(s.heading()).contains(n)
                || Folding.forMatching(s.text()).contains(n)).count();
        if (expected != total) {
            throw new AssertionError(query + ": index says " + total + ", scan says " + expected);
        }
    }

    static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}

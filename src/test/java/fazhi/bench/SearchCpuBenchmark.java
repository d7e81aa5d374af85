package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import fazhi.search.SortOrder;
import fazhi.testing.TempDirs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CPU time, not wall time, of building and searching one index layout: the calling thread's CPU for a one-thread
 * build of the generated corpus and for each exact query of {@link SearchBenchmark#QUERIES} (median of 20 rounds
 * after 30 rounds of warm-up). Other processes' load stretches wall times on the shared machine but hardly the CPU a
 * search itself uses, so two index layouts can be compared by running this on each commit, side by side (copy the
 * file into the older checkout). Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.SearchCpuBenchmark -Dargs=20000</pre>
 */
public final class SearchCpuBenchmark {
    static final int WARM_UP_ROUNDS = 30;
    static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        // the pom passes its default ${args} ("parse seeds") when none are given: only a number counts
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 20_000;
        List<Report> reports = GeneratedCorpus.build(SearchBenchmark.readSeeds(), size);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("fazhi-cpu-bench");
        try {
            long c0 = cpu.getCurrentThreadCpuTime();
            SearchBenchmark.index(reports, dir);
            long bytes;
            try (var files = Files.walk(dir)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("build, one thread: %.1f s of this thread's CPU (merges run beside it), index %.2f MB%n",
                    (cpu.getCurrentThreadCpuTime() - c0) / 1e9, bytes / 1e6);
            try (SearchService service = SearchService.open(dir)) {
                List<String> queries = SearchBenchmark.QUERIES;
                for (int w = 0; w < WARM_UP_ROUNDS; w++) {
                    for (String q : queries) {
                        service.search(request(q));
                    }
                }
                double sum = 0;
                System.out.println("| query | CPU ms (median) |\n|---|---|");
                for (String q : queries) {
                    long[] t = new long[ROUNDS];
                    for (int r = 0; r < ROUNDS; r++) {
                        long s = cpu.getCurrentThreadCpuTime();
                        service.search(request(q));
                        t[r] = cpu.getCurrentThreadCpuTime() - s;
                    }
                    Arrays.sort(t);
                    sum += t[ROUNDS / 2] / 1e6;
                    System.out.printf("| `%s` | %.2f |%n", q, t[ROUNDS / 2] / 1e6);
                }
                System.out.printf("sum of the per-query medians: %.1f ms of CPU%n", sum);
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Mode.EXACT, Map.of(), SortOrder.RELEVANCE, 1, 10);
    }
}

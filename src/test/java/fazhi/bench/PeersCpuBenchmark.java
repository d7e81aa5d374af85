package fazhi.bench;

import fazhi.search.FacetValue;
import fazhi.search.Hit;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The peers' query mix ({@link PeerQuery#MIX}) in-process on an existing index, opened read-only (by default the
 * million-section one the peers benchmark keeps), timed by CPU as well as wall clock: the CPU of the calling thread
 * and of the threads searching the index's partitions ({@code search-slice-*}: the calling thread's CPU alone would
 * miss half of a search split across two cores) and the wall time per request, median of the rounds after warm-up.
 * Other processes' load stretches wall times on the shared machine much more than the CPU a search uses, so two
 * commits can be compared by running this on each, in turns.
 * Each request's answer is printed as a digest of everything the API returns (total, reports, occurrences, every
 * facet value, hit ids, scores, matches, snippets, lines): two commits that must answer the same must print the same
 * digests. Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.PeersCpuBenchmark \
 *     -Dargs="/work/bench-data/lucene-1000000 20"</pre>
 */
public final class PeersCpuBenchmark {
    static final long WARM_UP_NANOS = 20_000_000_000L;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 && !args[0].equals("parse") ? args[0] : "/work/bench-data/lucene-1000000");
        int rounds = args.length > 1 && args[1].matches("[0-9]+") ? Integer.parseInt(args[1]) : 15;
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<PeerQuery> mix = PeerQuery.MIX;
        try (SearchService service = SearchService.open(dir)) {
            String[] digests = new String[mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                digests[i] = digest(service.search(mix.get(i).request()));
            }
            long warm = System.nanoTime();
            while (System.nanoTime() - warm < WARM_UP_NANOS) {
                for (PeerQuery q : mix) {
                    service.search(q.request());
                }
            }
            long[][] cpu = new long[mix.size()][rounds];
            long[][] own = new long[mix.size()][rounds];
            long[][] wall = new long[mix.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < mix.size(); i++) {
                    long c = searchCpu(threads);
                    long t = threads.getCurrentThreadCpuTime();
                    long w = System.nanoTime();
                    service.search(mix.get(i).request());
                    wall[i][r] = System.nanoTime() - w;
                    own[i][r] = threads.getCurrentThreadCpuTime() - t;
                    cpu[i][r] = searchCpu(threads) - c;
                }
            }
            System.out.printf("%s, %d rounds after %d s of warm-up, load average %.2f%n", dir, rounds,
                    WARM_UP_NANOS / 1_000_000_000L, os.getSystemLoadAverage());
            System.out.println("| request | search CPU ms | calling thread CPU ms | wall ms | answer digest |");
            System.out.println("|---|---|---|---|---|");
            double[] sums = new double[3];
            for (int i = 0; i < mix.size(); i++) {
                double[] m = {median(cpu[i]), median(own[i]), median(wall[i])};
                for (int k = 0; k < 3; k++) {
                    sums[k] += m[k];
                }
                System.out.printf("| `%s` | %.2f | %.2f | %.2f | %s |%n", mix.get(i), m[0], m[1], m[2], digests[i]);
            }
            System.out.printf("| sum of medians | %.1f | %.1f | %.1f | |%n", sums[0], sums[1], sums[2]);
            System.out.printf("p50 over all samples: search CPU %.2f ms, wall %.2f ms%n", p50(cpu), p50(wall));
        }
    }

    /** CPU of the calling thread and of the threads that search partitions of the index. */
    private static long searchCpu(ThreadMXBean threads) {
        long sum = threads.getCurrentThreadCpuTime();
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("search-slice-")) {
                sum += threads.getThreadCpuTime(t.getThreadId());
            }
        }
        return sum;
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double p50(long[][] nanos) {
        List<Long> all = new ArrayList<>();
        for (long[] row : nanos) {
            for (long n : row) {
                all.add(n);
            }
        }
        all.sort(null);
        return all.get(all.size() / 2) / 1e6;
    }

    /** Everything a search answers except its time, hashed. */
    static String digest(SearchResult r) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append(r.total()).append('|').append(r.reports()).append('|').append(r.occurrences()).append('\n');
        for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
            b.append(e.getKey()).append(':');
            for (FacetValue v : e.getValue()) {
                b.append(v.value()).append('=').append(v.count()).append(',');
            }
            b.append('\n');
        }
        for (Hit h : r.hits()) {
            b.append(h.id()).append('|').append(h.score()).append('|').append(h.matches()).append('|')
                    .append(h.line()).append('|').append(h.at()).append('|').append(h.snippet())
                    .append('|').append(h.headingMarks()).append('\n');
        }
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return r.total() + "/" + r.reports() + "/" + r.occurrences() + " "
                + HexFormat.of().formatHex(sha, 0, 6);
    }
}

package fazhi.bench;

import fazhi.index.IndexStore;
import fazhi.index.ParallelPuts;
import fazhi.ingest.Report;
import fazhi.testing.TempDirs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Build rate for BENCHMARKS.md: the generated corpus ({@link GeneratedCorpus}, already parsed, so parsing is not
 * timed) built through the project's writer on 1 and on 2 threads ({@link ParallelPuts}, commit and merge to one
 * segment included) and into SQLite FTS5 trigram ({@link Fts5}), in the same JVM, in turns, several rounds. Not a
 * test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.BuildBenchmark -Dargs=50000</pre>
 * The argument is the corpus size in sections (default 50,000). Prints, per build, the wall time, the rate, this
 * process's CPU time, the index size and the CPU the rest of the machine used meanwhile (other engineers' builds
 * share the two cores), then the ratios of the medians.
 */
public final class BuildBenchmark {
    static final int ROUNDS = 3;
    static final int WARM_UP_SECTIONS = 5_000;

    private record Build(String engine, double seconds, double cpuSeconds, long bytes, double othersCores,
                         double load) {
    }

    public static void main(String[] args) throws Exception {
        // the pom passes its default ${args} ("parse seeds") when none are given: only a number counts
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 50_000;
        List<Report> seeds = SearchBenchmark.readSeeds();
        List<Report> reports = GeneratedCorpus.build(seeds, size);
        int sections = reports.stream().mapToInt(r -> r.sections().size()).sum();
        Path root = Files.createTempDirectory("fazhi-build-bench");
        System.out.printf("java %s, %d cores available, %d reports, %d sections%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), reports.size(), sections);
        try {
            List<Report> warm = GeneratedCorpus.build(seeds, WARM_UP_SECTIONS); // dictionaries, JIT, SQLite
            for (String engine : List.of("fazhi-1", "fazhi-2", "fts5")) {
                measure(engine, warm, root.resolve("warm-" + engine));
            }
            List<Build> builds = new ArrayList<>();
            System.out.println("| round | engine | wall s | sections/s | CPU s (this JVM) | size MB | other processes' cores | load avg |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int round = 1; round <= ROUNDS; round++) {
                for (String engine : List.of("fazhi-1", "fazhi-2", "fts5")) {
                    Build b = measure(engine, reports, root.resolve(engine + "-" + round));
                    builds.add(b);
                    System.out.printf("| %d | %s | %.1f | %.0f | %.1f | %.1f | %.2f | %.1f |%n", round, engine,
                            b.seconds(), sections / b.seconds(), b.cpuSeconds(), b.bytes() / 1e6, b.othersCores(),
                            b.load());
                }
            }
            double one = median(builds, "fazhi-1");
            double two = median(builds, "fazhi-2");
            double fts = median(builds, "fts5");
            long oneSize = builds.stream().filter(b -> b.engine().equals("fazhi-1")).findFirst().orElseThrow().bytes();
            long ftsSize = builds.stream().filter(b -> b.engine().equals("fts5")).findFirst().orElseThrow().bytes();
            System.out.printf("%nmedians of %d rounds: fazhi 1 thread %.1f s (%.0f sections/s), 2 threads %.1f s "
                    + "(%.0f/s), FTS5 %.1f s (%.0f/s)%n", ROUNDS, one, sections / one, two, sections / two, fts,
                    sections / fts);
            System.out.printf("build rate, 1 thread ÷ FTS5: %.2f× (target ≥ 0.5×)%n", fts / one);
            System.out.printf("speed-up, 2 threads ÷ 1 thread: %.2f× (target ≥ 1.7×)%n", one / two);
            System.out.printf("index size ÷ FTS5: %.2f× (%.1f MB vs %.1f MB; target ≤ 0.75×)%n",
                    (double) oneSize / ftsSize, oneSize / 1e6, ftsSize / 1e6);
        } finally {
            TempDirs.delete(root);
        }
    }

    private static Build measure(String engine, List<Report> reports, Path where) throws Exception {
        System.gc();
        long[] before = machineBusy();
        double load = loadAverage();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        double seconds = switch (engine) {
            case "fazhi-1" -> lucene(reports, where, 1);
            case "fazhi-2" -> lucene(reports, where, 2);
            default -> Fts5.build(reports, where, UnaryOperator.identity());
        };
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long[] after = machineBusy();
        double machineCores = (after[0] - before[0]) / 100.0 / wall; // /proc/stat counts in 1/100 s
        return new Build(engine, seconds, cpu, size(where), Math.max(0, machineCores - cpu / wall),
                Math.max(load, loadAverage()));
    }

    /** Builds the reports into a new index at dir on this many threads, commit and merge included; seconds. */
    static double lucene(List<Report> reports, Path dir, int threads) throws IOException {
        long t0 = System.nanoTime();
        try (IndexStore.Build build = IndexStore.begin(dir, false)) {
            List<ParallelPuts.Failure> failed = ParallelPuts.run(build.indexer(), threads, reports.size(),
                    i -> ParallelPuts.Read.of(reports.get(i), null), (done, total, n) -> { });
            if (!failed.isEmpty()) {
                throw new IllegalStateException("generated reports failed: " + failed);
            }
            build.publish();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long size(Path dirOrFile) throws IOException {
        try (Stream<Path> files = Files.walk(dirOrFile)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double median(List<Build> builds, String engine) {
        double[] s = builds.stream().filter(b -> b.engine().equals(engine)).mapToDouble(Build::seconds).sorted()
                .toArray();
        return s[s.length / 2];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Busy time of all cores since boot, in 1/100 s (user, nice, system, irq, softirq, steal of /proc/stat). */
    private static long[] machineBusy() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long busy = Arrays.stream(new int[] {1, 2, 3, 6, 7, 8}).mapToLong(i -> Long.parseLong(f[i])).sum();
        return new long[] {busy};
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}

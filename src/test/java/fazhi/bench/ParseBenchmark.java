package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import com.sun.management.OperatingSystemMXBean;
import fazhi.testing.TempDirs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsing is linear in a file's length (issue 10), also for text without any punctuation, where a quadratic scan once
 * took 1,064 s on 5.4 MB. Not a test: run it with
 * {@code mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.ParseBenchmark}.
 *
 * <p>Reads, through the whole pipeline ({@link ReportReader#read}), '法治政府建设' × 300,000 (5.4 MB, no punctuation)
 * and the same text a quarter as long, and as the baseline in the same run the five seeds cycled to the same size
 * (ordinary punctuated reports). Linear parsing shows as a 4× ratio between the two unpunctuated sizes — in CPU time:
 * wall time on a machine shared with other builds swings by 2× from read to read. Exits 1 when the 5.4 MB file takes
 * longer than the generous bound of {@value #BOUND_SECONDS} s.
 */
public final class ParseBenchmark {
    private static final String UNIT = "法治政府建设";
    private static final int UNITS = 300_000;
    private static final int BOUND_SECONDS = 60;

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fazhi-parse-bench");
        try {
            Path big = write(dir.resolve("big.txt"), UNIT.repeat(UNITS));
            Path quarter = write(dir.resolve("quarter.txt"), UNIT.repeat(UNITS / 4));
            Path seeds = write(dir.resolve("seeds.txt"), seedsOfLength(UNIT.length() * UNITS));
            read(quarter); // warm-up: classes, division table
            Timing quarterMs = median(quarter);
            Timing bigMs = median(big);
            Timing seedsMs = median(seeds);
            System.out.printf("file sizes: %.1f MB unpunctuated, %.1f MB quarter, %.1f MB seeds cycled%n",
                    mb(big), mb(quarter), mb(seeds));
            for (String what : List.of("wall", "thread CPU", "process CPU")) {
                int k = List.of("wall", "thread CPU", "process CPU").indexOf(what);
                System.out.printf("%s: unpunctuated 5.4 MB %.0f ms; a quarter of it %.0f ms; ratio %.2f (4.00 ="
                                + " linear); seeds cycled to the same size %.0f ms; unpunctuated ÷ seeds %.2f%n", what,
                        bigMs.ms[k], quarterMs.ms[k], bigMs.ms[k] / quarterMs.ms[k], seedsMs.ms[k],
                        bigMs.ms[k] / seedsMs.ms[k]);
            }
            if (bigMs.ms[0] > BOUND_SECONDS * 1000.0) {
                System.out.println("FAILED: over the bound of " + BOUND_SECONDS + " s");
                System.exit(1);
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static Path write(Path file, String text) throws Exception {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static double mb(Path file) throws Exception {
        return Files.size(file) / 1e6;
    }

    private static String seedsOfLength(int chars) throws Exception {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        StringBuilder sb = new StringBuilder(chars + 20_000);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(seeds.get(i % seeds.size())).append('\n');
        }
        return sb.toString();
    }

    /**
     * Milliseconds of one read: wall clock, CPU time of the reading thread (what the parser itself does; other
     * processes on a shared machine barely change it) and of the whole process (the garbage collector included).
     */
    private record Timing(double[] ms) {
    }

    /** The median of three reads, each figure on its own. */
    private static Timing median(Path file) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] runs = new double[3][3];
        for (int i = 0; i < 3; i++) {
            long wall = System.nanoTime();
            long thread = threads.getCurrentThreadCpuTime();
            long all = process.getProcessCpuTime();
            read(file);
            runs[0][i] = (System.nanoTime() - wall) / 1e6;
            runs[1][i] = (threads.getCurrentThreadCpuTime() - thread) / 1e6;
            runs[2][i] = (process.getProcessCpuTime() - all) / 1e6;
        }
        double[] ms = new double[3];
        for (int k = 0; k < 3; k++) {
            java.util.Arrays.sort(runs[k]);
            ms[k] = runs[k][1];
        }
        return new Timing(ms);
    }

    private static Report read(Path file) throws Exception {
        return ReportReader.read(file);
    }
}

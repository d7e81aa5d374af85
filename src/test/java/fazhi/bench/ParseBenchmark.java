package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.testing.TempDirs;
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
 * (ordinary punctuated reports). Linear parsing shows as a 4× ratio between the two unpunctuated sizes. Exits 1 when
 * the 5.4 MB file takes longer than the generous bound of {@value #BOUND_SECONDS} s.
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
            double quarterMs = median(quarter);
            double bigMs = median(big);
            double seedsMs = median(seeds);
            System.out.printf("file sizes: %.1f MB unpunctuated, %.1f MB quarter, %.1f MB seeds cycled%n",
                    mb(big), mb(quarter), mb(seeds));
            System.out.printf("unpunctuated 5.4 MB: %.0f ms; a quarter of it: %.0f ms; ratio %.2f (4.00 = linear)%n",
                    bigMs, quarterMs, bigMs / quarterMs);
            System.out.printf("baseline, seeds cycled to the same size: %.0f ms; unpunctuated ÷ baseline: %.2f%n",
                    seedsMs, bigMs / seedsMs);
            if (bigMs > BOUND_SECONDS * 1000.0) {
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

    private static double median(Path file) throws Exception {
        double[] ms = new double[3];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            read(file);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[1];
    }

    private static Report read(Path file) throws Exception {
        return ReportReader.read(file);
    }
}

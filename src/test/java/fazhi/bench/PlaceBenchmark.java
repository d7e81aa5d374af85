package fazhi.bench;

import fazhi.ingest.place.Division;
import fazhi.ingest.place.DivisionTable;
import fazhi.ingest.place.Place;
import fazhi.ingest.place.PlaceEvidence;
import fazhi.ingest.place.PlaceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Place resolution speed (issue 3: 1,000 reports well under a second after loading). Not a test: run it with
 * {@code mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.PlaceBenchmark}.
 *
 * <p>The 1,000 reports are the five seeds, cycled, each with a distinct first line so no two texts are equal.
 * Two baselines run on the same texts in the same JVM: one plain pass over every character (the floor for
 * anything that reads the text), and the naive approach of testing {@code text.contains(name)} for every
 * township name of the table (measured on a sample: it is far too slow for all 1,000).
 */
public final class PlaceBenchmark {
    private static final int REPORTS = 1_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 9;
    private static final int NAIVE_SAMPLE = 10;

    private PlaceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<PlaceEvidence> reports = reports();
        long chars = reports.stream().mapToLong(r -> r.text().length()).sum();

        long loadStart = System.nanoTime();
        DivisionTable table = DivisionTable.official();
        PlaceResolver resolver = PlaceResolver.official();
        Place first = resolver.resolve(reports.get(0));
        double loadMs = (System.nanoTime() - loadStart) / 1e6;

        long traditionalStart = System.nanoTime();
        resolver.resolve(new PlaceEvidence("小龍門鄉2023年法治政府建設工作報告", null, List.of(), "我鄉堅持依法行政。"));
        double firstTraditionalMs = (System.nanoTime() - traditionalStart) / 1e6;

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            resolveAll(resolver, reports);
            scanAll(reports);
        }
        double resolveMs = median(() -> resolveAll(resolver, reports));
        double scanMs = median(() -> scanAll(reports));
        double naivePerReportMs = naiveContains(table, reports.subList(0, NAIVE_SAMPLE)) / NAIVE_SAMPLE;

        System.out.printf("reports: %,d (five seeds cycled), %,d characters, first placed as %s %s%n",
                REPORTS, chars, first.township(), first.divisionCode());
        System.out.printf("load (table + resolver + first report, cold JVM): %.0f ms; first traditional report"
                + " (ICU load): %.0f ms%n", loadMs, firstTraditionalMs);
        System.out.printf("resolve %,d reports: %.1f ms (median of %d rounds) = %.1f µs per report%n",
                REPORTS, resolveMs, ROUNDS, resolveMs * 1000 / REPORTS);
        System.out.printf("baseline, one plain pass over every character: %.1f ms = %.1f µs per report;"
                + " resolve / pass = %.1f×%n", scanMs, scanMs * 1000 / REPORTS, resolveMs / scanMs);
        System.out.printf("baseline, text.contains(name) for all %,d township names: %.1f ms per report"
                + " (sample of %d); naive / resolve = %.0f×%n", table.townshipCount(), naivePerReportMs,
                NAIVE_SAMPLE, naivePerReportMs / (resolveMs / REPORTS));
    }

    private static List<PlaceEvidence> reports() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<PlaceEvidence> reports = new ArrayList<>(REPORTS);
        for (int i = 0; i < REPORTS; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
            String title = Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).findFirst().orElse(null);
            reports.add(new PlaceEvidence(title, null, List.of(), "报告编号" + i + "\n" + text));
        }
        return reports;
    }

    private static long sink;

    private static void resolveAll(PlaceResolver resolver, List<PlaceEvidence> reports) {
        for (PlaceEvidence report : reports) {
            sink += resolver.resolve(report).warnings().size();
        }
    }

    /** Counts Han characters: the least work that looks at every character once. */
    private static void scanAll(List<PlaceEvidence> reports) {
        for (PlaceEvidence report : reports) {
            String text = report.text();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isIdeographic(text.charAt(i))) {
                    sink++;
                }
            }
        }
    }

    private static double naiveContains(DivisionTable table, List<PlaceEvidence> sample) {
        List<String> names = new ArrayList<>();
        for (int p = 11; p <= 82; p++) {
            table.byCode(String.valueOf(p)).ifPresent(province ->
                    table.townshipsIn(province).stream().map(Division::name).forEach(names::add));
        }
        long start = System.nanoTime();
        for (PlaceEvidence report : sample) {
            for (String name : names) {
                if (report.text().contains(name)) {
                    sink++;
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Runnable round) {
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            round.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }
}

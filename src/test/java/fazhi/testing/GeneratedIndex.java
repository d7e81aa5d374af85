package fazhi.testing;

import fazhi.bench.GeneratedCorpus;
import fazhi.ingest.Report;
import fazhi.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One index of a generated corpus of {@value #REPORTS} reports (seed copies with made-up places and years 2019–2025,
 * at most {@value #SECTIONS_PER_REPORT} sections each), built once per test run and shared by the tests that check
 * counts against the data: report counts, tables, concordance and export.
 */
public final class GeneratedIndex {
    public static final int REPORTS = 2_000;
    static final int SECTIONS_PER_REPORT = 13;

    private static GeneratedIndex instance;

    private final List<Report> reports;
    private final Path dir;
    private final SearchService service;

    private GeneratedIndex() throws Exception {
        reports = GeneratedCorpus.reports(Fixtures.seeds(), REPORTS, SECTIONS_PER_REPORT);
        dir = Files.createTempDirectory("fazhi-generated-index");
        Fixtures.index(dir, reports);
        service = SearchService.open(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
                TempDirs.delete(dir);
            } catch (IOException ignored) {
                // the JVM is going away; a leftover folder in /tmp is all it costs
            }
        }));
    }

    public static synchronized GeneratedIndex get() {
        if (instance == null) {
            try {
                instance = new GeneratedIndex();
            } catch (Exception e) {
                throw new IllegalStateException("could not build the generated index", e);
            }
        }
        return instance;
    }

    public List<Report> reports() {
        return reports;
    }

    public SearchService service() {
        return service;
    }

    public Path dir() {
        return dir;
    }
}

package fazhi.index;

import fazhi.ingest.ReportFiles;
import fazhi.ingest.ReportReadException;
import fazhi.ingest.ReportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses files and indexes them in one build of an index folder, committed only at the end. A file that fails is
 * recorded and skipped; if none succeeds, nothing is committed and the served index stays as it was.
 */
public final class FileIndexer {
    /** Told after every file, for progress display. */
    public interface Progress extends ParallelPuts.Progress {
    }

    public record Failure(Path file, String reason) {
    }

    /**
     * @param published whether the new index replaced the served one (false when no file could be indexed)
     */
    public record Summary(int files, int reports, int sections, List<Failure> failures, long millis,
                          boolean published) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    private FileIndexer() {
    }

    /**
     * @param add keep the reports already served (re-indexed ones are replaced); otherwise the index holds exactly
     *            these files
     */
    public static Summary run(Path indexDir, List<Path> files, boolean add, Progress progress) throws IOException {
        return run(indexDir, ReportFiles.find(files), add, Map.of(), ParallelPuts.defaultThreads(), progress);
    }

    /**
     * @param builtFrom what the build is made from, kept in the commit's user data (see {@link IndexStore})
     * @param threads   how many files are parsed and analysed at once; the index is the same for any number
     * @throws IndexUnavailableException another process is writing the folder, or it cannot be used
     */
    public static Summary run(Path indexDir, List<ReportFiles.ReportFile> files, boolean add,
                              Map<String, String> builtFrom, int threads, Progress progress) throws IOException {
        long start = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        int reports = 0;
        int sections = 0;
        boolean published = false;
        try (IndexStore.Build build = IndexStore.begin(indexDir, add)) {
            SectionIndexer indexer = build.indexer();
            // the same report twice (same text, same file, or same place + year + title) is put once: the later
            // file replaces the earlier, here and in the index, whichever thread reads it first
            for (ParallelPuts.Failure f : ParallelPuts.run(indexer, threads, files.size(), i -> read(files.get(i)),
                    progress)) {
                failures.add(new Failure(files.get(f.item()).path(), f.reason()));
            }
            reports = indexer.reports();
            sections = indexer.sections();
            if (reports > 0) {
                build.publish(builtFrom);
                published = true;
            }
        }
        return new Summary(files.size(), reports, sections, failures,
                (System.nanoTime() - start) / 1_000_000, published);
    }

    private static ParallelPuts.Read read(ReportFiles.ReportFile found) {
        Path file = found.path();
        try {
            if (found.problem() != null) {
                throw new ReportReadException(found.problem());
            }
            return ParallelPuts.Read.of(ReportReader.read(file, found.source()), file);
        } catch (ReportReadException e) {
            return ParallelPuts.Read.failed(e.getMessage());
        }
    }
}

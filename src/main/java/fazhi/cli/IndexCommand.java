package fazhi.cli;

import fazhi.index.FileIndexer;
import fazhi.index.ParallelPuts;
import fazhi.ingest.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fazhi index [--index DIR] PATH...}: parse and index in one commit, as the folder's only writer. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Parse report files (folders recursively) and build the search index. The new index is "
                + "committed once, when complete, so a failed or interrupted run leaves the previous index intact. "
                + "One process at a time writes a folder. A file that fails is named and skipped. Without --add the "
                + "index then holds exactly the reports of the given paths; with --add they are added to it.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file indexed", "1:some files failed; the others were indexed and are served",
                "2:usage error", "3:no file could be indexed; the previous index is unchanged",
                "4:the index folder cannot be used: another process is writing it, it is a file, it cannot be "
                        + "created or written, it is damaged, or --add meets an index of another version (one line on stderr)"})
final class IndexCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path indexDir;

    @Option(names = "--add", description = "keep the reports already indexed and add these (re-indexed reports are replaced); "
            + "without it the index is rebuilt from exactly the given paths")
    boolean add;

    @Option(names = "--threads", paramLabel = "N",
            description = "files parsed and analysed at once (default: one per core); the index is the same for any N")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        List<ReportFiles.ReportFile> files = ReportFiles.find(paths);
        ProgressDisplay progress = new ProgressDisplay(err, Terminal.isInteractive());
        // an index folder that cannot be used (locked, damaged, another schema under --add) ends the command in
        // Fazhi's handler: one line, exit 4
        FileIndexer.Summary s = FileIndexer.run(indexDir, files, add, Map.of(),
                threads == null ? ParallelPuts.defaultThreads() : threads, progress::update);
        progress.done();
        out.printf("indexed %d reports, %d sections from %d files into %s in %.1f s%n", s.reports(), s.sections(),
                s.files(), indexDir, s.millis() / 1000.0);
        for (FileIndexer.Failure f : s.failures()) {
            err.println("failed: " + f.file() + ": " + f.reason());
        }
        if (!s.published()) {
            err.println("nothing indexed; the previous index (if any) is unchanged");
            return 3;
        }
        out.println(IndexHoldings.of(indexDir) + (add ? "" : " (exactly the given paths: rebuilt without --add)"));
        if (!s.failures().isEmpty()) {
            out.printf("%d of %d files failed (listed on stderr)%n", s.failures().size(), s.files());
        }
        return s.failures().isEmpty() ? 0 : 1;
    }
}

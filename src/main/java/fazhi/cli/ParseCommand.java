package fazhi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import fazhi.ingest.Report;
import fazhi.ingest.ReportFiles;
import fazhi.ingest.ReportReadException;
import fazhi.ingest.ReportReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fazhi parse PATH...}: one JSON object per report per line on stdout; failures named on stderr. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse report files (folders recursively) and print one JSON object per report per line.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file parsed", "1:some file failed (the others are still printed)",
                "2:usage error"})
final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--text", description = "print each file's text as the parser reads it, every line numbered: "
            + "the lines that a report's line numbers count (for a web page, Word file or PDF, its extracted text)")
    boolean text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (ReportFiles.ReportFile found : ReportFiles.find(paths)) {
            Path file = found.path();
            try {
                if (found.problem() != null) {
                    throw new ReportReadException(found.problem());
                }
                if (text) {
                    printNumbered(out, file, ReportReader.text(file));
                    continue;
                }
                Report report = ReportReader.read(file);
                out.println(Json.MAPPER.writeValueAsString(report));
            } catch (ReportReadException e) {
                err.println(file + ": " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println(file + ": parser error (" + e + "); the file was skipped");
                failed++;
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** "==> file <==" and the lines as {@code cat -n} numbers them (CRLF, CR and LF end a line, as for parsing). */
    private static void printNumbered(PrintWriter out, Path file, String text) {
        out.println("==> " + file + " <==");
        String[] lines = text.split("\r\n|\r|\n", -1);
        int n = text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        for (int i = 0; i < n; i++) {
            out.printf("%6d\t%s%n", i + 1, lines[i]);
        }
    }
}

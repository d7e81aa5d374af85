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
}

package fazhi.cli;

import fazhi.index.ReportRemover;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fazhi remove [--index DIR] ID|PATH...}: take reports out of the index, in one commit, as its only writer. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove reports from the index: by report id (as parse and the API show it), by the file they "
                + "were indexed from, or by a folder (every report indexed from below it). One commit; a running "
                + "server sees it on its next refresh.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every target removed", "1:some targets were not in the index; the others were removed",
                "2:usage error", "3:no target was in the index; the index is unchanged",
                "4:the index folder cannot be used: no index, another process is writing it, or it is damaged"})
final class RemoveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID|PATH", description = "report ids, report files or folders")
    List<String> targets;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path indexDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ReportRemover.Summary s = ReportRemover.remove(indexDir, targets);
        PrintWriter err = spec.commandLine().getErr();
        for (String target : s.notFound()) {
            err.println("not in the index: " + target);
        }
        if (!s.published()) {
            err.println("nothing removed; the index is unchanged");
            return 3;
        }
        spec.commandLine().getOut().println("removed " + s.reports() + " reports; " + IndexHoldings.of(indexDir));
        return s.notFound().isEmpty() ? 0 : 1;
    }
}

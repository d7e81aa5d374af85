package fazhi.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fazhi} command line: one program, one subcommand per job. */
@Command(name = "fazhi", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "法治报告检索: parse, index and search township 法治政府建设 reports.",
        subcommands = {ParseCommand.class, IndexCommand.class, SearchCommand.class, ExportCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Fazhi implements Runnable {
    /**
     * Lucene tells, through java.util.logging, whether it found the JDK's incubating Vector API (a warning when not,
     * an info line when it did). Neither is something a user can act on, and both would break {@code serve}'s one
     * line per event; real problems still surface as errors. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with these streams and returns the exit code (usage errors: 2). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Fazhi());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }
}

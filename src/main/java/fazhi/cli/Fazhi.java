package fazhi.cli;

import fazhi.index.IndexUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code fazhi} command line: one program, one subcommand per job. */
@Command(name = "fazhi", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "法治报告检索: parse, index and search township 法治政府建设 reports.")
public final class Fazhi implements Runnable {
    /** Lucene announces at INFO (on stderr) which vector API it uses; a command's stderr is for its own messages.
     *  Held here because java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");
    /** Without the incubating Vector API (the jar and exec:exec run without it, see pom.xml) Lucene warns that it is
     *  missing: nothing a user can act on, and it would break serve's one line per event. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.WARNING);
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * A command that cannot go on prints one line naming the folder and the cause, and exits with its class's code:
     * {@value IndexUnavailableException#EXIT_CODE} when the index folder cannot be used (locked by another writer,
     * a file, not writable, damaged). Anything else is a bug and keeps its stack trace.
     */
    private static int fatal(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof IOException)) {
            throw e;
        }
        command.getErr().println("fazhi " + command.getCommandName() + ": " + e.getMessage());
        command.getErr().flush();
        return IndexUnavailableException.EXIT_CODE;
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ParseCommand.class, IndexCommand.class,
            RemoveCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Only the subcommand that {@code first} names, when it names one; all of them otherwise (top-level help, a
     * version, a mistyped name that picocli's error should suggest the right one for). picocli reads each
     * subcommand's options by reflection, interpreted in a cold JVM: for {@code serve} that was a tenth of its
     * start for commands it never runs.
     */
    private static void addSubcommands(CommandLine cli, String first) {
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        (named.isEmpty() || first.equals("help") ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
    }

    /** Runs the command line with these streams and returns the exit code (usage errors: 2). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Fazhi());
        addSubcommands(cli, args.length > 0 ? args[0] : null);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler(Fazhi::fatal);
        return cli.execute(args);
    }
}

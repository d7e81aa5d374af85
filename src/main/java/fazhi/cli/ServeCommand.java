package fazhi.cli;

import fazhi.index.FileIndexer;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fazhi serve [--index DIR] [--host H] [--port N]}: the JSON API and the web page, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the API (/api/...) and the web page (web/) over HTTP until stopped (Ctrl-C).",
                "Indexes seeds/ first when the index is missing or was built from other seed files. A rebuild by",
                "`fazhi index` is picked up within seconds, without a restart."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"1:no index and nothing to build it from, the web folder is missing, or the port is taken",
                "2:usage error",
                "4:the index folder cannot be used: another process is writing it, it is a file, it cannot be "
                        + "written, or it is damaged (one line on stderr)"})
final class ServeCommand implements Callable<Integer> {
    /** How often a running server looks for a new commit; listing one folder, so cheap. */
    private static final long REFRESH_SECONDS = 5;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path indexDir;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "reports indexed when the index is missing or older (default: ${DEFAULT-VALUE})")
    Path seedsDir;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "web",
            description = "folder of the web page; nothing outside it is served (default: ${DEFAULT-VALUE})")
    Path webDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(webDir)) {
            err.println("fazhi serve: no web folder at " + webDir.toAbsolutePath() + " (run from the project folder or"
                    + " give --web DIR)");
            return 1;
        }
        String stale = SeedIndex.staleReason(indexDir, seedsDir);
        if (stale != null) {
            if (!Files.isDirectory(seedsDir)) {
                err.println("fazhi serve: " + stale + " and no " + seedsDir + " folder to build it from");
                return 1;
            }
            out.println(stale + ": indexing " + seedsDir + " …");
            out.flush();
            ProgressDisplay progress = new ProgressDisplay(err, Terminal.isInteractive());
            FileIndexer.Summary s = SeedIndex.build(indexDir, seedsDir, progress::update);
            progress.done();
            s.failures().forEach(f -> err.println("failed: " + f.file() + ": " + f.reason()));
            if (!s.published()) {
                err.println("fazhi serve: nothing could be indexed from " + seedsDir);
                return 1;
            }
        }
        try (SearchService service = SearchService.open(indexDir)) {
            return serve(service, out, err);
        }
    }

    private int serve(SearchService service, PrintWriter out, PrintWriter err) throws IOException,
            InterruptedException {
        Javalin app;
        try {
            app = new WebApp(service, new ReportBrowser(service), webDir).start(host, port);
        } catch (RuntimeException e) { // Javalin wraps the bind failure
            err.println("fazhi serve: cannot listen on " + host + ":" + port + " (" + rootMessage(e) + ")");
            return 1;
        }
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> refresh(service, err), REFRESH_SECONDS, REFRESH_SECONDS,
                TimeUnit.SECONDS);
        var stats = service.index().stats();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.printf("serving %d reports, %d sections at http://%s:%d/ (Ctrl-C stops)%n", stats.reports(),
                stats.sections(), shown, app.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            refresher.shutdownNow();
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static void refresh(SearchService service, PrintWriter err) {
        try {
            service.index().refresh();
        } catch (IOException | RuntimeException e) { // keep serving the index we have
            err.println("fazhi serve: could not switch to the rebuilt index: " + e.getMessage());
            err.flush();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}

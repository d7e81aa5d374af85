package fazhi.cli;

import fazhi.index.FileIndexer;
import fazhi.index.FolderWatcher;
import fazhi.index.IndexUpdates;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.search.Warmup;
import fazhi.web.AccessLog;
import fazhi.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi serve}: the JSON API, the web page and {@code /metrics}, until stopped. Every option can also come
 * from a {@code FAZHI_*} environment variable (picocli's {@code ${env:…}} defaults); a flag wins over the variable.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the API (/api/...), the web page and /metrics over HTTP until stopped",
                "(Ctrl-C, SIGTERM). Indexes seeds/ first when the index is missing or was built from other",
                "seed files. A rebuild by `fazhi index` is picked up within seconds, without a restart.",
                "Each option can also be set by the environment variable named in its description; the",
                "option wins."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped by a signal (SIGTERM, Ctrl-C) after finishing the requests in flight",
                "1:no index and nothing to build it from, the web folder is missing, or the port is taken",
                "2:usage error",
                "4:the index folder cannot be used: another process is writing it, it is a file, it cannot be "
                        + "written, or it is damaged (one line on stderr)"})
final class ServeCommand implements Callable<Integer> {
    /** How often a running server looks for a new commit; listing one folder, so cheap. */
    private static final long REFRESH_SECONDS = 5;
    /** What a stop may take beyond draining requests: closing the index and the port. */
    private static final long STOP_SLACK_SECONDS = 5;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:FAZHI_INDEX:-index}",
            description = "index folder (default: ${DEFAULT-VALUE}; env FAZHI_INDEX)")
    Path indexDir;

    @Option(names = "--host", defaultValue = "${env:FAZHI_HOST:-127.0.0.1}",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface; env FAZHI_HOST)")
    String host;

    @Option(names = "--port", defaultValue = "${env:FAZHI_PORT:-7070}",
            description = "port (default: ${DEFAULT-VALUE}; 0: any free port; env FAZHI_PORT)")
    int port;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${env:FAZHI_SEEDS:-seeds}",
            description = "reports indexed when the index is missing or older (default: ${DEFAULT-VALUE}; env FAZHI_SEEDS)")
    Path seedsDir;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "${env:FAZHI_WEB}",
            description = "serve the web page from this folder instead of the copy inside the program, e.g. web/ while "
                    + "working on it; nothing outside it is served (env FAZHI_WEB)")
    Path webDir;

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "${env:FAZHI_SHUTDOWN_TIMEOUT:-10}",
            description = "on SIGTERM or Ctrl-C, wait this long for requests in flight (default: ${DEFAULT-VALUE}; "
                    + "env FAZHI_SHUTDOWN_TIMEOUT)")
    int shutdownSeconds;

    @Option(names = "--access-log-queries", arity = "0..1", paramLabel = "true|false",
            defaultValue = "${env:FAZHI_ACCESS_LOG_QUERIES:-false}",
            description = "write query strings into the access log; off by default, since they are what researchers "
                    + "search for (default: ${DEFAULT-VALUE}; env FAZHI_ACCESS_LOG_QUERIES)")
    boolean logQueries;

    @Option(names = "--watch", paramLabel = "DIR", defaultValue = "${env:FAZHI_WATCH}",
            description = "keep the index in step with this folder: files added, changed or removed in it (subfolders "
                    + "too) are indexed within seconds (env FAZHI_WATCH)")
    Path watchDir;

    @Mixin
    UploadOptions uploads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (webDir != null && !Files.isDirectory(webDir)) {
            err.println("fazhi serve: no web folder at " + webDir.toAbsolutePath() + " (leave out --web to serve the"
                    + " page built into the program)");
            return 1;
        }
        if (watchDir != null && !Files.isDirectory(watchDir)) {
            err.println("fazhi serve: --watch " + watchDir + " is not a folder");
            return 1;
        }
        if (uploads.problem() != null) {
            err.println("fazhi serve: " + uploads.problem());
            return 2;
        }
        if (shutdownSeconds < 0) {
            err.println("fazhi serve: --shutdown-timeout must be 0 or more seconds, not " + shutdownSeconds);
            return 2;
        }
        String stale = SeedIndex.staleReason(indexDir, seedsDir);
        if (stale != null) {
            if (!Files.isDirectory(seedsDir)) {
                err.println("fazhi serve: " + stale + ", and no folder " + SeedIndex.shown(seedsDir)
                        + " to index (give --index DIR of an index built by fazhi index, or --seeds DIR of reports)");
                return 1;
            }
            out.println("fazhi serve: " + stale + "; indexing the reports in " + SeedIndex.shown(seedsDir)
                    + " first …");
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
        StopSignal stop = new StopSignal(Duration.ofSeconds(shutdownSeconds));
        int status = 1;
        try {
            try (SearchService service = SearchService.open(indexDir)) {
                status = serve(service, stop, out, err);
            }
            if (status == 0) {
                out.println("fazhi serve: stopped, index closed");
                out.flush();
            }
            return status;
        } finally {
            stop.done(status);
        }
    }

    private int serve(SearchService service, StopSignal stop, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Duration drain = Duration.ofSeconds(shutdownSeconds);
        IndexUpdates updates = new IndexUpdates(indexDir, () -> service.index().refresh());
        Javalin app;
        try {
            app = new WebApp(service, new ReportBrowser(service), uploads.apply(new WebApp.Settings(webDir, drain,
                    new AccessLog(out, logQueries)), updates)).start(host, port);
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
        out.printf("fazhi serve: %d reports, %d sections, http://%s:%d (Ctrl-C stops)%n", stats.reports(),
                stats.sections(), shown, app.port());
        if (uploads.enabled()) {
            out.println("fazhi serve: " + uploads.startLine());
        }
        out.flush();
        Warmup warmup = Warmup.start(service.index()); // what the first search needs, now that health answers
        FolderWatcher watcher = watchDir == null ? null : watch(updates, out, err);
        stop.await();
        warmup.close();
        out.println("fazhi serve: stopping: no new connections, finishing requests in flight (at most "
                + shutdownSeconds + " s)");
        out.flush();
        if (watcher != null) {
            watcher.close();
        }
        refresher.shutdownNow();
        try {
            app.stop(); // Jetty's graceful stop: closes the port, waits for requests up to the drain time
        } catch (RuntimeException e) {
            err.println("fazhi serve: requests still running after " + shutdownSeconds + " s were cut off ("
                + rootMessage(e) + ")");
        }
        return 0;
    }

    /**
     * SIGTERM, SIGINT and SIGHUP start the JVM's shutdown hooks. Ours hands the stop to the main thread, which drains
     * requests and closes the index on its ordinary path, then ends the JVM with the main thread's status: a
     * requested stop that went as planned is a success, 0 (left alone, the JVM would report 143 for SIGTERM).
     */
    private static final class StopSignal {
        private final CountDownLatch requested = new CountDownLatch(1);
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;
        private volatile int status = 1;

        StopSignal(Duration drain) {
            long boundMillis = drain.plusSeconds(STOP_SLACK_SECONDS).toMillis();
            hook = new Thread(() -> {
                requested.countDown();
                try {
                    Runtime.getRuntime().halt(finished.await(boundMillis, TimeUnit.MILLISECONDS) ? status : 1);
                } catch (InterruptedException e) {
                    Runtime.getRuntime().halt(1);
                }
            }, "fazhi-stop");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** Blocks until a signal asks the server to stop. */
        void await() throws InterruptedException {
            requested.await();
        }

        /** The main thread is done; without a signal (a failed start) the hook is not needed any more. */
        void done(int exitStatus) {
            status = exitStatus;
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and ends it with this status
            }
        }
    }

    private FolderWatcher watch(IndexUpdates updates, PrintWriter out, PrintWriter err) throws IOException {
        out.println("fazhi serve: watching " + watchDir + " (files added, changed or removed there are indexed)");
        out.flush();
        return new FolderWatcher(watchDir, updates, new FolderWatcher.Log(line -> say(out, line),
                line -> say(err, line))).start();
    }

    private static synchronized void say(PrintWriter to, String line) {
        to.println("fazhi serve: " + line);
        to.flush();
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

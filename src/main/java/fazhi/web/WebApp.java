package fazhi.web;

import fazhi.index.IndexUpdates;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP service: the read-only JSON API under {@code /api}, the static front end (bundled in the jar, or from a
 * folder) and {@code /metrics}. Takes the search layer in its constructor and builds the Javalin app; {@link #start}
 * serves it.
 */
public final class WebApp {
    /** Longest request target (path and query, as sent) we answer; a 1,000-character Chinese query takes 9,000. */
    public static final int MAX_URL_BYTES = 12_000;
    /** Jetty's own header limit sits above ours, so our JSON 414 answers first; beyond it {@link JettyErrors}. */
    private static final int JETTY_HEADER_BYTES = 16_384;
    /** The page may load only its own scripts and styles: even if report text ever reached the DOM as HTML, an
     *  injected script or handler would not run. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Answers up to this size are sent whole, in one write with a Content-Length; larger ones in chunks. */
    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    /** Open connections at most: far below the file descriptors a process has, far above what 2 cores can serve. */
    public static final int MAX_CONNECTIONS = 2_000;
    /** A connection idle this long, or this slow to send its request headers, is closed. */
    public static final long IDLE_TIMEOUT_MS = 10_000;

    static {
        // Jetty pads a few shared counters to the CPU's cache line. To size the padding it asks the JVM whether
        // object references are compressed through the platform MBean server, whose creation registers every
        // platform MBean (JFR's included): about 140 ms of a 1.7 s start on an idle machine. Saying it here skips
        // that: 64-byte lines of 4-byte references, which over-pads only when references are not compressed (heaps
        // over 32 GB). A value set on the command line wins.
        System.getProperties().putIfAbsent("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }

    private static final Set<HandlerType> READ_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD,
            HandlerType.OPTIONS);

    /** A GET route of the API; the list is what is registered, and what the OpenAPI test checks against. */
    record Route(String path, Handler handler) {
    }

    /** The one route that changes anything: {@code POST} a report ({@link Uploads}). */
    static final String UPLOAD_PATH = "/api/reports";

    /** Where the front end in the jar lives on the classpath (pom.xml copies {@code web/} there). */
    public static final String BUNDLED_WEB = "/fazhi/site";

    /**
     * How the app serves.
     *
     * @param webDir        the folder of the front end, nothing outside it ever served; null: the page bundled in
     *                      the jar ({@link #BUNDLED_WEB})
     * @param drainTimeout  how long a stop waits for requests in flight
     * @param accessLog     where each request is logged
     */
    public record Settings(Path webDir, Duration drainTimeout, AccessLog accessLog, Uploads.Config uploads) {
        public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);

        /** Uploads off. */
        public Settings(Path webDir, Duration drainTimeout, AccessLog accessLog) {
            this(webDir, drainTimeout, accessLog, null);
        }

        /**
         * Uploads on ({@code POST /api/reports}), through the server's writer of its index.
         *
         * @param maxBytes the largest file accepted
         */
        public Settings withUploads(String token, long maxBytes, IndexUpdates updates) {
            return new Settings(webDir, drainTimeout, accessLog, new Uploads.Config(token, maxBytes, updates));
        }
    }

    private final List<Route> routes;
    private final Uploads uploads;
    private final Settings settings;
    private final ServerMetrics metrics;

    /**
     * @param webDir the folder of the front end; nothing outside it is ever served
     */
    public WebApp(SearchService search, ReportBrowser browser, Path webDir) {
        this(search, browser, new Settings(webDir, Settings.DEFAULT_DRAIN, AccessLog.off()));
    }

    public WebApp(SearchService search, ReportBrowser browser, Settings settings) {
        this.uploads = new Uploads(settings.uploads());
        Api api = new Api(search, browser, uploads.enabled());
        ResearchRoutes research = new ResearchRoutes(search);
        this.settings = settings;
        this.metrics = new ServerMetrics(search);
        this.routes = List.of(
                new Route("/api/search", api::search),
                new Route("/api/facets", api::facets),
                new Route("/api/sections/{id}", api::section),
                new Route("/api/reports", api::reports),
                new Route("/api/reports/{id}", api::report),
                new Route("/api/health", api::health),
                new Route("/api/facets/{dim}", research::facetPage),
                new Route("/api/table", research::table),
                new Route("/api/kwic", research::kwic),
                new Route("/api/export", research::export),
                new Route("/api/openapi.json", api::openApi),
                new Route("/metrics", metrics::scrape));
    }

    /** The app, not yet started. */
    public Javalin create() {
        return Javalin.create(this::configure);
    }

    /** Starts serving on host:port (port 0: any free port, see {@link Javalin#port()}). */
    public Javalin start(String host, int port) {
        return create().start(host, port);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(WebJson.MAPPER, false));
        config.http.prefer405over404 = true; // a known path with the wrong method says so
        config.http.defaultContentType = "application/json;charset=utf-8";
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(JETTY_HEADER_BYTES);
            // An answer that fits the output buffer is held until it is complete, then sent in one write with a
            // Content-Length. With Jetty's defaults (32 KB, of which writes up to a quarter are held) a page of 20
            // hits (about 32 KB) went out as a chunk and the end of the answer as a second one: two writes, and two
            // wake-ups of a client waiting for the whole answer. Larger answers still stream in chunks.
            http.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            http.setOutputAggregationSize(OUTPUT_BUFFER_BYTES);
        });
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyErrors());
            // A stop first closes the port, then waits up to the drain time for requests in flight (Jetty's
            // graceful shutdown needs a GracefulHandler in the chain; Javalin does not add one)
            GracefulHandler graceful = new GracefulHandler();
            server.insertHandler(graceful);
            metrics.inFlight(graceful);
            server.setStopTimeout(settings.drainTimeout().toMillis());
        });
        config.events.serverStopped(metrics::close);
        config.requestLogger.http((ctx, millis) -> {
            metrics.request(ctx, millis);
            settings.accessLog().log(ctx, millis);
        });
        config.jetty.modifyServer(WebApp::limitConnections);
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost())); // public read-only data
        if (settings.webDir() == null) {
            // Javalin's own handler reads the page through the class loader, from the jar it already has open.
            // Jetty's would first mount the whole 80 MB jar as a zip file system (48,000 entries): about 180 ms of
            // every start, for a page of a dozen files.
            config.resourceHandler(new JavalinStaticResourceHandler());
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            if (settings.webDir() == null) {
                files.directory = BUNDLED_WEB;
                files.location = Location.CLASSPATH;
            } else {
                files.directory = settings.webDir().toAbsolutePath().normalize().toString();
                files.location = Location.EXTERNAL; // aliasCheck stays null: symlinks out of web/ are not followed
            }
            files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
        });
        config.jetty.multipartConfig.maxFileSize(Math.max(1, uploads.maxBytes()), SizeUnit.BYTES);
        config.routes.before(ctx -> {
            boolean upload = ctx.method() == HandlerType.POST && UPLOAD_PATH.equals(ctx.path());
            if (!READ_METHODS.contains(ctx.method()) && !upload) { // static files included: read-only but uploads
                throw new ApiException(405, "method_not_allowed", ctx.method() + " is not allowed; this service is"
                        + " read-only (GET)");
            }
            String query = ctx.queryString();
            int length = ctx.path().getBytes(StandardCharsets.UTF_8).length + (query == null ? 0 : query.length() + 1);
            if (length > MAX_URL_BYTES) {
                throw new ApiException(414, "uri_too_long", "the URL is too long (" + length + " bytes, at most "
                        + MAX_URL_BYTES + ")");
            }
            SearchParams.checkEncoding(query);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        routes.forEach(r -> config.routes.get(r.path(), r.handler()));
        config.routes.post(UPLOAD_PATH, uploads::upload); // answers 403 uploads_off when they are off
        ApiErrors.install(config);
    }

    /**
     * At most {@value #MAX_CONNECTIONS} open connections (beyond, new ones wait in the kernel's backlog instead of
     * exhausting file descriptors), and a connection idle for {@value #IDLE_TIMEOUT_MS} ms — including one that is
     * slow to send its request headers — is closed.
     */
    private static void limitConnections(Server server) {
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector c) {
                        c.setIdleTimeout(IDLE_TIMEOUT_MS);
                    }
                }
            }
        });
    }

    /** The app's routes, all GET. */
    List<String> routePaths() {
        return routes.stream().map(Route::path).toList();
    }
}

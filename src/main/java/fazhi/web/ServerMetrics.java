package fazhi.web;

import fazhi.Version;
import fazhi.search.IndexStats;
import fazhi.search.SearchMetrics;
import fazhi.search.SearchService;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Everything {@code /metrics} shows, in Prometheus text: HTTP requests by route template (never the raw path, so a
 * client cannot mint new series) and status, the search layer's own counts, the served index, and the JVM.
 */
final class ServerMetrics implements AutoCloseable {
    /** What {@link PrometheusMeterRegistry#scrape()} writes: Prometheus text format 0.0.4. */
    private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<RequestKind, Timer> timers = new ConcurrentHashMap<>();
    private final SearchService search;
    private final CompletableFuture<Void> jvm;

    ServerMetrics(SearchService search) {
        this.search = search;
        search.metrics().bindTo(registry);
        jvm = CompletableFuture.runAsync(this::bindJvm, ServerMetrics::inBackground);
        Gauge.builder("fazhi.info", () -> 1).description("the running version")
                .tag("version", Version.product()).tag("lucene", Version.lucene())
                .tag("schema", Integer.toString(Version.indexSchema())).register(registry);
        index("fazhi.index.reports", "reports in the served index", IndexStats::reports);
        index("fazhi.index.sections", "sections in the served index", IndexStats::sections);
        index("fazhi.index.size.bytes", "bytes of the served index's files", IndexStats::sizeBytes);
        index("fazhi.index.commit.timestamp.seconds", "when the served index was committed (Unix time)",
                s -> s.committedAt() == null ? Double.NaN : s.committedAt().toEpochMilli() / 1000.0);
    }

    /**
     * The JVM's and the process's meters. Binding them loads and runs much of Micrometer and the JDK's management
     * code (about 130 ms on an idle machine), none of which the first request needs: it runs beside the server's
     * start; a scrape in its first moments waits for it, so every scrape shows them.
     */
    private void bindJvm() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    private static void inBackground(Runnable work) {
        Thread t = new Thread(work, "fazhi-metrics-jvm");
        t.setDaemon(true);
        t.start();
    }

    /** Requests being handled right now, as the handler that drains them on stop counts them. */
    void inFlight(GracefulHandler graceful) {
        Gauge.builder("http.server.requests.active", graceful, GracefulHandler::getCurrentRequestCount)
                .description("requests being handled now (this scrape included)").register(registry);
    }

    private void index(String name, String description, ToDoubleFunction<IndexStats> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.stats())).description(description).register(registry);
    }

    /** The served commit's counts, computed once when it was opened: a scrape costs no search work. */
    private IndexStats stats() {
        try {
            return search.index().stats();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // Micrometer reports the gauge as NaN and logs once
        }
    }

    /** Counts one answered request under the route it matched ({@code static} for files, {@code unmatched} for
     *  a 404 or a refusal before routing). */
    void request(Context ctx, float millis) {
        timers.computeIfAbsent(new RequestKind(ctx.method().name(), route(ctx), ctx.statusCode()), this::timer)
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    /** What a request's timer is told apart by; few kinds, as routes are templates and statuses few. */
    private record RequestKind(String method, String route, int status) {
    }

    /** Registered once per kind: building and looking up a timer's id on every request cost more than recording. */
    private Timer timer(RequestKind kind) {
        return Timer.builder("http.server.requests").description("HTTP requests by method, route template and status")
                .tag("method", kind.method()).tag("route", kind.route())
                .tag("status", Integer.toString(kind.status()))
                .serviceLevelObjectives(SearchMetrics.LATENCY_BUCKETS)
                .register(registry);
    }

    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() < 400 ? "static" : "unmatched";
    }

    void scrape(Context ctx) {
        jvm.exceptionally(e -> null).join();
        ctx.contentType(TEXT_FORMAT).result(registry.scrape());
    }

    @Override
    public void close() {
        search.metrics().unbind(registry);
        jvm.exceptionally(e -> null).join(); // the GC listener must be registered before it can be removed
        gc.close();
        registry.close();
    }
}

package fazhi.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the search layer counts about its own work, for the server's {@code /metrics}: how long searches take and
 * how many were cut off by the time limit, stopped because their client went away, or refused before running
 * (the server too busy). Each service has one; it counts into nothing until a server binds its registry
 * ({@link #bindTo}); several may be bound at once.
 */
public final class SearchMetrics {
    /** Histogram buckets of every latency the server reports (searches and HTTP requests): mostly milliseconds,
     *  up to the seconds of the time limit and of a slow static file over a slow network. */
    public static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** The meters of one bound registry. */
    private record Meters(MeterRegistry registry, Timer completed, Counter timedOut, Counter rejected,
                          Counter abandoned) {
        static Meters in(MeterRegistry registry) {
            return new Meters(registry,
                    Timer.builder("fazhi.search").description("searches answered (any page, any mode)")
                            .serviceLevelObjectives(LATENCY_BUCKETS).register(registry),
                    Counter.builder("fazhi.search.timeouts")
                            .description("searches stopped by the per-search time limit (answered 400)")
                            .register(registry),
                    Counter.builder("fazhi.search.rejected")
                            .description("searches refused before running because the server was busy")
                            .register(registry),
                    Counter.builder("fazhi.search.abandoned")
                            .description("searches stopped because their client closed the connection")
                            .register(registry));
        }
    }

    private final List<Meters> bound = new CopyOnWriteArrayList<>();

    SearchMetrics() {
    }

    /** From now on also counts into {@code registry}. */
    public void bindTo(MeterRegistry registry) {
        bound.add(Meters.in(registry));
    }

    /** Stops counting into {@code registry}, e.g. when the server that owns it stops. */
    public void unbind(MeterRegistry registry) {
        bound.removeIf(m -> m.registry() == registry);
    }

    /** A search answered, after {@code nanos}. */
    public void completed(long nanos) {
        bound.forEach(m -> m.completed().record(Duration.ofNanos(nanos)));
    }

    /** A search stopped by the time limit. */
    public void timedOut() {
        bound.forEach(m -> m.timedOut().increment());
    }

    /** A search stopped because its client went away. */
    public void abandoned() {
        bound.forEach(m -> m.abandoned().increment());
    }

    /** A search refused before it ran (too many at once). */
    public void rejected() {
        bound.forEach(m -> m.rejected().increment());
    }
}

package fazhi.bench;

import io.javalin.Javalin;

/**
 * The floor under {@code fazhi serve}'s start-up in {@link StartupBenchmark}: a Javalin app whose only route,
 * {@code /api/health}, answers {@code {}} — a JVM, Jetty and Javalin, nothing of fazhi.
 * {@code java -cp … fazhi.bench.NoopServer --port N} serves until stopped.
 */
public final class NoopServer implements AutoCloseable {
    private final Javalin app;

    private NoopServer(Javalin app) {
        this.app = app;
    }

    public static void main(String[] args) {
        start(Integer.parseInt(args[1]));
    }

    static NoopServer start(int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/health", ctx -> ctx.contentType("application/json").result("{}"));
        });
        return new NoopServer(app.start("127.0.0.1", port));
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}

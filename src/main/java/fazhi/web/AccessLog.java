package fazhi.web;

import io.javalin.http.Context;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One line per answered request: time, method, path, status, milliseconds, e.g.
 * {@code 2026-11-30T14:02:11.532Z GET /api/search 200 12.4 ms}. Query strings stay out unless asked for: they hold
 * what researchers search for, which may be sensitive.
 */
public final class AccessLog {
    private final PrintWriter out;
    private final boolean withQuery;

    /**
     * @param withQuery also log the query string, as sent (percent-encoded)
     */
    public AccessLog(PrintWriter out, boolean withQuery) {
        this.out = out;
        this.withQuery = withQuery;
    }

    /** No log at all (tests, benchmarks). */
    public static AccessLog off() {
        return new AccessLog(null, false);
    }

    void log(Context ctx, float millis) {
        if (out == null) {
            return;
        }
        String query = ctx.queryString();
        String target = withQuery && query != null ? ctx.path() + "?" + query : ctx.path();
        out.println(String.format(Locale.ROOT, "%s %s %s %d %.1f ms", Instant.now().truncatedTo(ChronoUnit.MILLIS),
                ctx.method().name(), target, ctx.statusCode(), millis));
    }
}

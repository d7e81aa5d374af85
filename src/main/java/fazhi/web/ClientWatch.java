package fazhi.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Says when the client of a GET request has gone away, so that its search stops instead of running to its time
 * limit for nobody. Jetty notices a closed connection only when it reads from it, and while a GET is being answered
 * it does not read (its failure listeners stay silent when the client closes), so this asks Jetty's endpoint to call
 * back when the connection becomes readable: a client waiting for its answer sends nothing more, so readable means
 * closed or reset. (A client that pipelines its next request behind a search would be taken for gone; browsers and
 * HTTP libraries do not pipeline.) {@link #close()} withdraws the interest before Jetty reads the connection again.
 * The interest is registered only once the work has run for {@link #WATCH_AFTER}: each registration wakes Jetty's
 * selector thread to change the connection's interests and again to withdraw them, work a search of a few
 * milliseconds does not need (it is answered long before anyone could notice the client leave), and on two cores
 * that thread competes with the search itself. A client that leaves earlier is seen at that registration: its closed
 * connection reads as readable at once. The work's checks ask this watch (tens of thousands in a search that
 * matches many sections, a few hundred nanoseconds apart), so a check costs one read of a field; the handler's own
 * thread, which takes part in all of the work, looks at the clock at its checks 1, 2, 4, … 256 and every 256th after,
 * so that rare costly checks register within a few of them, and frequent cheap ones within 256. One per request,
 * opened and closed by the handler's thread.
 */
final class ClientWatch implements BooleanSupplier, AutoCloseable {
    /** How long work runs before its connection is watched: far below what a client waits for a stop to take
     *  (AbandonedSearchTest: within 1.5 s), above what most searches take. */
    static final Duration WATCH_AFTER = Duration.ofMillis(20);
    private static final long WATCH_AFTER_NANOS = WATCH_AFTER.toNanos();
    /** 64 bytes of ints on either side of the count: a cache line of its own. */
    private static final int CHECKS_AT = 16;

    private static final int WAITING = 0; // not yet registered
    private static final int WATCHING = 1;
    private static final int GONE = 2;
    private static final int DONE = 3; // answered, or never watchable

    private final AbstractEndPoint endPoint;
    private final long since = System.nanoTime();
    private final AtomicInteger state;
    /** The handler's thread: the only one that counts checks and registers (a split search checks from others). */
    private final Thread owner = Thread.currentThread();
    /**
     * The owner's checks so far, while waiting, in the middle of an array of its own: the threads a search is split
     * across read this watch's fields at every check, and a count written beside them would move their cache line
     * between the cores at every check of the owner's.
     */
    private final int[] checks = new int[2 * CHECKS_AT];
    private final Callback readable = new Callback() {
        @Override
        public void succeeded() {
            if (state.get() == WATCHING && !spurious()) {
                state.compareAndSet(WATCHING, GONE);
            }
        }

        /** NIO may report a connection readable with nothing to read: then watch on instead of calling it gone. */
        private boolean spurious() {
            try {
                if (endPoint.fill(BufferUtil.allocate(1)) == 0) {
                    endPoint.tryFillInterested(this);
                    return true;
                }
                return false; // end of stream, or bytes a waiting client would not send
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void failed(Throwable x) { // the connection failed or closed; after close() this is our own withdrawal
            if (!(x instanceof TimeoutException)) { // an idle timeout while we compute: the client is silent, not gone
                state.compareAndSet(WATCHING, GONE);
            }
        }

        @Override
        public Invocable.InvocationType getInvocationType() {
            return Invocable.InvocationType.NON_BLOCKING; // sets a flag: the selector may call it directly
        }
    };

    private ClientWatch(AbstractEndPoint endPoint) {
        this.endPoint = endPoint;
        this.state = new AtomicInteger(endPoint == null ? DONE : WAITING);
    }

    /** A watch over the request's connection, from {@link #WATCH_AFTER} on; a request that cannot be watched is
     *  never taken for abandoned. */
    static ClientWatch of(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        EndPoint endPoint = request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
        return new ClientWatch(endPoint instanceof AbstractEndPoint watched ? watched : null);
    }

    /** Called at the work's checks, also from the threads a search is split across. */
    @Override
    public boolean getAsBoolean() {
        int now = state.get();
        if (now == WAITING && Thread.currentThread() == owner && clockDue(++checks[CHECKS_AT])
                && System.nanoTime() - since >= WATCH_AFTER_NANOS) {
            now = watch();
        }
        return now == GONE;
    }

    /** Whether the owner's {@code n}-th check looks at the clock: 1, 2, 4, … 256, then every 256th. */
    private static boolean clockDue(int n) {
        return n <= 256 ? (n & (n - 1)) == 0 : (n & 255) == 0;
    }

    /** Registers the readable interest; under the lock, so that {@link #close()} never runs halfway through it. */
    private synchronized int watch() {
        if (state.get() == WAITING) {
            // false: someone already reads the connection (a request body): not ours to watch
            state.set(endPoint.tryFillInterested(readable) ? WATCHING : DONE);
        }
        return state.get();
    }

    @Override
    public synchronized void close() {
        if (state.getAndSet(DONE) == WATCHING) {
            endPoint.getFillInterest().onFail(new CancellationException("request answered"));
        }
    }
}

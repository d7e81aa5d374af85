package fazhi.web;

import io.javalin.http.Context;
import java.io.IOException;
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
 * One per request, closed by the handler that opened it.
 */
final class ClientWatch implements BooleanSupplier, AutoCloseable {
    private static final int WATCHING = 0;
    private static final int GONE = 1;
    private static final int DONE = 2;

    private final AbstractEndPoint endPoint;
    private final AtomicInteger state = new AtomicInteger(WATCHING);
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
    }

    /** Starts watching the request's connection; a request that cannot be watched is never taken for abandoned. */
    static ClientWatch of(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        EndPoint endPoint = request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint instanceof AbstractEndPoint watched) {
            ClientWatch watch = new ClientWatch(watched);
            if (watched.tryFillInterested(watch.readable)) {
                return watch;
            }
        }
        return new ClientWatch(null); // someone already reads the connection (a request body): not ours to watch
    }

    @Override
    public boolean getAsBoolean() {
        return state.get() == GONE;
    }

    @Override
    public void close() {
        if (endPoint != null && state.compareAndSet(WATCHING, DONE)) {
            endPoint.getFillInterest().onFail(new CancellationException("request answered"));
        }
    }
}

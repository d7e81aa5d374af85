package fazhi.search;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Loads, on a background thread, what a server's first search needs and its start does not: ICU's folding data
 * (traditional → simplified), SmartCN's dictionaries (whole-word ranking, words mode), then Lucene's query, facet
 * and highlighting code through one real search. {@code serve} starts it once it answers, so the server's start
 * never waits for it, and a user who searches a moment later finds it done (a search that comes first meets the same
 * class initialisers and waits for their end, never doing the work twice). Started any earlier it only slowed the
 * start on a busy 2-core machine: the main thread's work and this one compete for the same cores (BENCHMARKS.md,
 * "Start-up").
 *
 * <p>The searches run on a {@link SearchService} of their own, whose metrics are bound to no registry:
 * {@code /metrics} counts users' searches only. A failure here costs nothing but the first user's speed: it is
 * dropped, and that user's search loads what failed, or says why.
 */
public final class Warmup implements AutoCloseable {
    /** Traditional characters (ICU's table), two words (SmartCN), two terms (a boolean query). */
    private static final String QUERY = "法律顧問 调解";

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fazhi-warmup");
        t.setDaemon(true);
        return t;
    });

    private Warmup() {
    }

    /** Starts one search of each mode on {@code index}, a page of one hit, in the background. */
    public static Warmup start(ServedIndex index) {
        Warmup w = new Warmup();
        w.thread.execute(() -> {
            try {
                SearchService own = new SearchService(index, SearchService.DEFAULT_TIMEOUT, 1);
                for (Mode mode : Mode.values()) {
                    own.search(new SearchRequest(QUERY, mode, Map.of(), SortOrder.RELEVANCE, 1, 1));
                }
            } catch (Exception | LinkageError e) {
                // only speed is lost (see above)
            }
        });
        return w;
    }

    /** Waits up to {@code timeout} for the warm-up to end; true if it did. */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        thread.shutdown(); // nothing more will be given to it
        return thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops it, if it still runs (a server stopped at once). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}

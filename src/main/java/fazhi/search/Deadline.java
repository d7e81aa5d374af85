package fazhi.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * A per-thread search deadline. One IndexSearcher is shared by all threads, and Lucene's own QueryTimeoutImpl
 * fixes its deadline when created, so the searcher gets this one instance and each search sets its own thread's
 * deadline and later asks whether it was hit.
 */
final class Deadline implements QueryTimeout {
    static final Deadline INSTANCE = new Deadline();
    private static final ThreadLocal<long[]> STATE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE, 0});

    private Deadline() {
    }

    static void start(long millis) {
        long[] s = STATE.get();
        s[0] = System.nanoTime() + millis * 1_000_000L;
        s[1] = 0;
    }

    /** Whether the current thread's search stopped early since {@link #start}; clears the deadline. */
    static boolean finish() {
        long[] s = STATE.get();
        boolean hit = s[1] != 0;
        s[0] = Long.MAX_VALUE;
        s[1] = 0;
        return hit;
    }

    @Override
    public boolean shouldExit() {
        long[] s = STATE.get();
        if (System.nanoTime() - s[0] > 0 && s[0] != Long.MAX_VALUE) {
            s[1] = 1;
            return true;
        }
        return false;
    }
}

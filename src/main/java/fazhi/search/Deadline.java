package fazhi.search;

import java.util.function.BooleanSupplier;

/**
 * When a search must stop: a time limit, counted from the request's arrival (so waiting for a turn counts too), or
 * its caller going away. Checked inside scoring by {@link BoundedQuery} (every few documents, and before every costly
 * exact match), so it holds whatever the query, its filters or the number of segments — also inside DrillSideways,
 * which only drives the query's own scorers — and by the research views for every section they read. A check is
 * also where a search hands its CPU turn on ({@link SearchTurns}).
 */
final class Deadline {
    /** Thrown out of scoring when the search must stop; the service reports it as a query that is too costly, or
     *  as abandoned when nobody waits for the answer. */
    static final class Exceeded extends RuntimeException {
        final boolean abandoned;

        Exceeded(boolean abandoned) {
            super(abandoned ? "search abandoned by its client" : "search deadline passed", null, false, false);
            this.abandoned = abandoned;
        }
    }

    private long end;
    private final BooleanSupplier abandoned;
    private SearchTurns.Turn turn;
    /** The search's own thread: only it hands the turn on; a search split across cores ({@link SlicedSearcher})
     *  also checks from pool threads, which must not touch a turn that belongs to one thread. */
    private final Thread owner = Thread.currentThread();

    /**
     * @param abandoned true once nobody waits for the answer any more (the client closed its connection)
     */
    Deadline(long millis, BooleanSupplier abandoned) {
        this.end = System.nanoTime() + millis * 1_000_000L;
        this.abandoned = abandoned;
    }

    long nanosLeft() {
        return end - System.nanoTime();
    }

    /** The CPU turn this search holds, handed on at checks. */
    void taking(SearchTurns.Turn held) {
        this.turn = held;
    }

    /**
     * From now on the search streams to its client rather than computes: it gives its CPU turn back (a slow reader
     * must not hold one) and gets {@code millis} more, counted from now.
     */
    void streaming(long millis) {
        if (turn != null) {
            turn.pause();
            turn = null;
        }
        end = System.nanoTime() + millis * 1_000_000L;
    }

    void check() {
        long now = System.nanoTime();
        if (abandoned.getAsBoolean()) {
            throw new Exceeded(true);
        }
        if (now - end > 0) {
            throw new Exceeded(false);
        }
        if (turn != null && Thread.currentThread() == owner) {
            turn.yieldIfDue(now, this);
        }
    }
}

package fazhi.search;

import java.util.function.BooleanSupplier;

/**
 * When a search must stop: a time limit, or its caller going away. Checked inside scoring by {@link BoundedQuery}
 * (every few documents, and before every costly exact match), so it holds whatever the query, its filters or the
 * number of segments — also inside DrillSideways, which only drives the query's own scorers.
 */
final class Deadline {
    /** Thrown out of scoring when the search must stop; the service reports it as a query that is too costly. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("search deadline passed", null, false, false);
        }
    }

    private final long end;
    private final BooleanSupplier abandoned;

    /**
     * @param abandoned true once nobody waits for the answer any more (the client closed its connection)
     */
    Deadline(long millis, BooleanSupplier abandoned) {
        this.end = System.nanoTime() + millis * 1_000_000L;
        this.abandoned = abandoned;
    }

    void check() {
        if (System.nanoTime() - end > 0 || abandoned.getAsBoolean()) {
            throw new Exceeded();
        }
    }
}

package fazhi.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Who may search now. At most {@code admitted} searches are in the service at once; one beyond waits briefly for a
 * place, then is refused as busy. Of those admitted, at most {@code cpus} compute at once (one per core): the others
 * wait for a CPU turn, which a computing search hands on at its next {@link Deadline#check()} once it has held it
 * for a {@link #SLICE} and someone is waiting. So a crowd of costly searches takes turns instead of all running at
 * once: each still meets its own time limit, a cheap search arriving among them gets a turn within a few slices,
 * and the threads answering everything else ({@code /api/health}, static files) compete with no more runnable
 * search threads than there are cores. Both waits are fair (first come, first served) and never outlast the
 * search's own deadline. Thread-safe; each {@link Turn} belongs to one thread.
 */
final class SearchTurns {
    /** How long a search computes before it hands its CPU turn to a waiting one. */
    static final Duration SLICE = Duration.ofMillis(10);

    private final Semaphore places;
    private final Semaphore cpus;
    private final long busyWaitNanos;

    SearchTurns(int admitted, int cpus, Duration busyWait) {
        this.places = new Semaphore(admitted, true);
        this.cpus = new Semaphore(cpus, true);
        this.busyWaitNanos = busyWait.toNanos();
    }

    /**
     * Admits a search and gives it a CPU turn; the deadline then hands the turn on as it is checked.
     *
     * @throws SearchBusyException no place within the busy wait (or before the deadline)
     * @throws Deadline.Exceeded   admitted, but no CPU turn before the deadline
     */
    Turn admit(Deadline deadline) {
        if (!acquire(places, Math.min(busyWaitNanos, deadline.nanosLeft()))) {
            deadline.check(); // the time limit ran out before a place did: that, not a crowd, is the answer
            throw new SearchBusyException(Duration.ofNanos(busyWaitNanos));
        }
        Turn turn = new Turn();
        try {
            turn.compute(deadline);
        } catch (RuntimeException e) {
            places.release();
            throw e;
        }
        deadline.taking(turn);
        return turn;
    }

    /** A permit if one is free now, or within {@code nanos}; no time left means no wait, not no permit. */
    private static boolean acquire(Semaphore s, long nanos) {
        try {
            return nanos > 0 ? s.tryAcquire(nanos, TimeUnit.NANOSECONDS) // fair: a timed wait keeps the order
                    : s.tryAcquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One admitted search's place, and its CPU turn when it holds one. Closing gives both back. */
    final class Turn implements AutoCloseable {
        private boolean computing;
        private long since;

        /** Waits for a CPU turn, at most until the deadline. */
        void compute(Deadline deadline) {
            if (computing) {
                return;
            }
            if (!acquire(cpus, deadline.nanosLeft())) {
                throw new Deadline.Exceeded(false);
            }
            computing = true;
            since = System.nanoTime();
        }

        /** Gives the CPU turn back while the search waits on something else (a client reading an export). */
        void pause() {
            if (computing) {
                computing = false;
                cpus.release();
            }
        }

        /** Hands the CPU turn on if it has been held for a slice and another search waits for one. */
        void yieldIfDue(long now, Deadline deadline) {
            if (computing && now - since > SLICE.toNanos() && cpus.hasQueuedThreads()) {
                pause();
                compute(deadline);
            }
        }

        @Override
        public void close() {
            pause();
            places.release();
        }
    }
}

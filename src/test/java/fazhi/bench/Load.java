package fazhi.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed-loop load: n threads each do the next piece of work as soon as the last one is done, for a fixed time.
 * Throughput is the pieces done over the time until the last thread stops; latencies are kept for percentiles.
 */
final class Load {
    /** The i-th piece of work of a thread; threads start at different i so they do not all run the same query. */
    interface Work {
        void run(int i) throws Exception;
    }

    record Result(long done, long nanos, long[] latencies) {
        static final Result NONE = new Result(0, 0, new long[0]);

        /** Two runs of the same load as one: pieces and time add up, latencies are pooled. */
        Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            return new Result(done + other.done, nanos + other.nanos, all);
        }

        double perSecond() {
            return done / (nanos / 1e9);
        }

        double percentile(int p) {
            return SearchBenchmark.pct(latencies, p);
        }
    }

    private Load() {
    }

    static Result run(int threads, Duration phase, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long end = start + phase.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 7;
                futures.add(pool.submit(() -> loop(work, offset, end)));
            }
            List<long[]> perThread = new ArrayList<>();
            for (Future<long[]> f : futures) {
                perThread.add(f.get(phase.toSeconds() + 120, TimeUnit.SECONDS));
            }
            long nanos = System.nanoTime() - start;
            long[] all = perThread.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(all.length, nanos, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(Work work, int offset, long end) throws Exception {
        long[] latencies = new long[1024];
        int n = 0;
        for (int i = offset; System.nanoTime() < end; i++) {
            long t = System.nanoTime();
            work.run(i);
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t;
        }
        return Arrays.copyOf(latencies, n);
    }
}

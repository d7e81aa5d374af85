package fazhi.index;

import fazhi.ingest.Report;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Reads and indexes a list of reports on several threads into one {@link SectionIndexer}, with the same result as
 * putting them one by one in list order: reading (parsing, places) and writing (analysis, inverting) run on the
 * worker threads, while claims ({@link SectionIndexer#claim}) are made in list order on the calling thread, so a
 * report given twice is indexed in its later version whatever thread finishes first. The {@link
 * org.apache.lucene.index.IndexWriter} is thread-safe and its analyzers keep their token streams per thread.
 *
 * <p>At most {@link #IN_FLIGHT_PER_THREAD} reports per thread are read but not yet written, so memory stays flat
 * however many files a build has.
 */
public final class ParallelPuts {
    static final int IN_FLIGHT_PER_THREAD = 4;

    /** Told on the calling thread after each report is read (or failed), for progress display. */
    public interface Progress {
        void update(int done, int total, int sections);
    }

    /** What reading one item gave: its report and the file it came from (for the source key, or null), or why
     *  it could not be read. */
    public record Read(Report report, Path file, String failure) {
        public static Read of(Report report, Path file) {
            return new Read(report, file, null);
        }

        public static Read failed(String reason) {
            return new Read(null, null, reason);
        }
    }

    /** An item that was not indexed, by its position in the list. */
    public record Failure(int item, String reason) {
    }

    private final SectionIndexer indexer;
    private final int threads;
    private final ExecutorService pool;
    private final Semaphore room;
    private final List<Failure> failures = new ArrayList<>();
    /** Report id → its write, so a report that replaces it starts after it; pruned of finished writes. */
    private final Map<String, CompletableFuture<Void>> writes = new HashMap<>();
    private final List<CompletableFuture<Void>> unfinished = new ArrayList<>();
    /** The first write the index refused (disk full, closed writer): the build stops and fails with it. */
    private final AtomicReference<IOException> writeError = new AtomicReference<>();

    private ParallelPuts(SectionIndexer indexer, int threads) {
        this.indexer = indexer;
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fazhi-index-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.room = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
    }

    /** The number of threads a build uses unless told otherwise: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Reads items 0 … count−1 with {@code read} and puts each report read, on {@code threads} threads.
     *
     * @return the items that failed, in list order: reading failed, or analysing the report threw
     * @throws IOException the index could not be written (the build must be abandoned)
     */
    public static List<Failure> run(SectionIndexer indexer, int threads, int count, IntFunction<Read> read,
                                    Progress progress) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ParallelPuts puts = new ParallelPuts(indexer, threads);
        try {
            return puts.all(count, read, progress);
        } finally {
            puts.pool.shutdownNow();
        }
    }

    private record Pending(int item, CompletableFuture<Read> read) {
    }

    private List<Failure> all(int count, IntFunction<Read> read, Progress progress) throws IOException {
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        int[] done = {0};
        try {
            for (int i = 0; i < count && writeError.get() == null; i++) {
                while (!room.tryAcquire()) {
                    if (pending.isEmpty()) {
                        room.acquire(); // every permit is held by a write, which finishes without us
                        break;
                    }
                    settle(pending.poll(), count, ++done[0], progress); // reads never wait, so this returns
                }
                int item = i;
                pending.add(new Pending(item, CompletableFuture.supplyAsync(() -> readSafely(read, item), pool)));
                while (!pending.isEmpty() && pending.peek().read().isDone()) {
                    settle(pending.poll(), count, ++done[0], progress);
                }
            }
            while (!pending.isEmpty()) {
                settle(pending.poll(), count, ++done[0], progress);
            }
            CompletableFuture.allOf(unfinished.toArray(CompletableFuture[]::new)).join();
            if (writeError.get() == null) {
                flushBuffers();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("indexing was interrupted");
        }
        if (writeError.get() != null) {
            throw writeError.get();
        }
        synchronized (failures) {
            failures.sort(Comparator.comparingInt(Failure::item));
            return List.copyOf(failures);
        }
    }

    /**
     * Writes every thread's in-memory sections to disk, on all threads at once: left to the commit, the buffers
     * would be written one after the other on the calling thread, the largest serial part of a build.
     */
    private void flushBuffers() {
        CompletableFuture<?>[] flushes = new CompletableFuture<?>[threads];
        for (int t = 0; t < threads; t++) {
            flushes[t] = CompletableFuture.runAsync(() -> {
                try {
                    while (writeError.get() == null && indexer.flushOneBuffer()) {
                        // flushNextBuffer takes the next buffer no other thread is writing
                    }
                } catch (IOException e) {
                    writeError.compareAndSet(null, e);
                }
            }, pool);
        }
        CompletableFuture.allOf(flushes).join();
    }

    private static Read readSafely(IntFunction<Read> read, int item) {
        try {
            return read.apply(item);
        } catch (RuntimeException e) { // a parser bug must not stop the other files
            return Read.failed("parser error (" + e + ")");
        }
    }

    /** Claims the next report in list order and starts its write once the writes it replaces have returned. */
    private void settle(Pending p, int count, int done, Progress progress) {
        Read r = p.read().join();
        if (r.failure() != null) {
            fail(p.item(), r.failure());
            room.release();
        } else {
            SectionIndexer.Claim claim = indexer.claim(r.report(), r.file());
            CompletableFuture<?>[] before = claim.replaces().stream().map(writes::get)
                    .filter(f -> f != null && !f.isDone()).toArray(CompletableFuture[]::new);
            CompletableFuture<Void> write = CompletableFuture.allOf(before)
                    .exceptionally(e -> null) // an earlier failure is reported by its own future
                    .thenRunAsync(() -> write(p.item(), claim), pool);
            writes.put(r.report().id(), write);
            unfinished.add(write);
            if (unfinished.size() > 1024) {
                unfinished.removeIf(CompletableFuture::isDone);
                writes.values().removeIf(CompletableFuture::isDone);
            }
        }
        progress.update(done, count, indexer.sections());
    }

    private void write(int item, SectionIndexer.Claim claim) {
        try {
            if (writeError.get() == null) {
                indexer.write(claim);
            }
        } catch (IOException e) {
            writeError.compareAndSet(null, e);
        } catch (RuntimeException e) { // an analysis bug fails this report only
            fail(item, "parser error (" + e + ")");
            try {
                indexer.abandon(claim);
            } catch (IOException io) {
                writeError.compareAndSet(null, io);
            }
        } finally {
            room.release();
        }
    }

    private void fail(int item, String reason) {
        synchronized (failures) {
            failures.add(new Failure(item, reason));
        }
    }
}

package fazhi.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over the same reader that splits one search across the machine's cores: a large index (one merged
 * segment, as {@code fazhi index} leaves it) is searched in partitions side by side, Lucene's intra-segment
 * concurrency, so one search of a million sections uses both cores of a 2-core server instead of one. The calling
 * thread works on partitions too, so a busy pool delays a search but never blocks it. Used where the collectors
 * merge partitions (top hits, facet matching sets); drill-sideways runs on the plain searcher.
 */
final class SlicedSearcher extends IndexSearcher {
    /** Below this many documents per partition, splitting costs more than it saves. */
    static final int MIN_DOCS_PER_SLICE = 50_000;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, new ThreadFactory());

    private final int minDocsPerSlice;

    SlicedSearcher(IndexReader reader) {
        this(reader, MIN_DOCS_PER_SLICE);
    }

    /** With a smaller partition size, for tests that need partitions on a small index. */
    SlicedSearcher(IndexReader reader, int minDocsPerSlice) {
        super(reader, POOL);
        this.minDocsPerSlice = minDocsPerSlice;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int perSlice = (int) Math.max(minDocsPerSlice, (docs + CORES - 1) / CORES);
        return slices(leaves, perSlice, 1, true);
    }

    /** Daemon threads, so an open searcher never keeps the JVM alive. */
    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "search-slice-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

package fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * Stops a search that runs past its deadline by checking the clock as hits are collected. IndexSearcher's own
 * timeout cannot be used with facet filters: it scores in windows, which DrillSideways' scorer refuses. It is
 * still set on searches without filters, where it also bounds time spent on documents that do not match.
 */
final class Deadline<T> implements CollectorManager<Collector, T> {
    /** Thrown out of collection when time is up; caught by the service and reported as a query that is too costly. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("search deadline passed", null, false, false);
        }
    }

    private final CollectorManager<Collector, T> inner;
    private final long deadline;

    @SuppressWarnings("unchecked")
    Deadline(CollectorManager<? extends Collector, T> inner, long millis) {
        this.inner = (CollectorManager<Collector, T>) inner;
        this.deadline = System.nanoTime() + millis * 1_000_000L;
    }

    private final class Timed extends FilterCollector {
        Timed(Collector in) {
            super(in);
        }

        Collector inner() {
            return in;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            check();
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                private int count;

                @Override
                public void collect(int doc) throws IOException {
                    if ((++count & 0xFF) == 0) {
                        check();
                    }
                    super.collect(doc);
                }
            };
        }
    }

    private void check() {
        if (System.nanoTime() - deadline > 0) {
            throw new Exceeded();
        }
    }

    @Override
    public Collector newCollector() throws IOException {
        return new Timed(inner.newCollector());
    }

    @Override
    public T reduce(Collection<Collector> collectors) throws IOException {
        List<Collector> unwrapped = new ArrayList<>(collectors.size());
        for (Collector c : collectors) {
            unwrapped.add(((Timed) c).inner());
        }
        return inner.reduce(unwrapped);
    }
}

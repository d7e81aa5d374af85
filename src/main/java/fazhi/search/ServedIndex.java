package fazhi.search;

import fazhi.index.IndexStore;
import fazhi.index.SchemaVersion;
import fazhi.index.SectionDocuments;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The commit of an index folder being served: one Lucene directory and one {@link SearcherManager}, shared by
 * {@link SearchService} and {@link ReportBrowser}. {@link #refresh()} moves to a newer commit (a rebuild or an
 * {@code --add}) without a restart; searches already running finish on the searcher they hold. Thread-safe.
 */
public final class ServedIndex implements Closeable {
    /** A searcher with what every search of one commit needs, computed once when the commit is opened. */
    static final class Searcher extends IndexSearcher {
        /** Facet ordinals of this reader; null when no document has a facet value. */
        final SortedSetDocValuesReaderState facets;
        final IndexStats stats;
        /** The same reader searched across all cores, for the common case of {@link SearchService}. */
        final IndexSearcher sliced;

        Searcher(IndexReader reader) throws IOException {
            super(reader);
            this.facets = facetState(reader);
            this.sliced = new SlicedSearcher(reader);
            this.stats = IndexStats.of(reader, LiveReports.of(reader).size());
        }

        private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
            try {
                return new DefaultSortedSetDocValuesReaderState(reader, SectionDocuments.facetsConfig());
            } catch (IllegalArgumentException e) { // no document has a facet field
                return null;
            }
        }
    }

    /** Work on the current commit's searcher, which is released afterwards. */
    interface SearcherWork<T, E extends Exception> {
        T apply(Searcher searcher) throws IOException, E;
    }

    private final Path indexDir;
    private final FSDirectory dir;
    private final SearcherManager manager;

    private ServedIndex(Path indexDir, FSDirectory dir, SearcherManager manager) {
        this.indexDir = indexDir;
        this.dir = dir;
        this.manager = manager;
    }

    /**
     * Opens the current commit of a folder written by {@code fazhi index}.
     *
     * @throws fazhi.index.IndexUnavailableException no index there, or it cannot be read; the message says why
     */
    public static ServedIndex open(Path indexDir) throws IOException {
        FSDirectory dir = IndexStore.openForReading(indexDir);
        try {
            return new ServedIndex(indexDir, dir, new SearcherManager(dir, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new Searcher(reader);
                }
            }));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            dir.close();
            throw IndexStore.damaged(indexDir, e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Picks up a newer commit, if any; one written by another schema version is not switched to.
     *
     * @return true if searches now see a different commit
     * @throws fazhi.index.SchemaVersion.Mismatch the newest commit has another schema; the current one stays served
     */
    public boolean refresh() throws IOException {
        SchemaVersion.require(dir, indexDir);
        IndexSearcher before = manager.acquire();
        try {
            manager.maybeRefreshBlocking();
            IndexSearcher after = manager.acquire();
            manager.release(after);
            return after != before;
        } finally {
            manager.release(before);
        }
    }

    /** Runs {@code work} on the current commit's searcher. */
    <T, E extends Exception> T withSearcher(SearcherWork<T, E> work) throws IOException, E {
        Searcher searcher = (Searcher) manager.acquire();
        try {
            return work.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Counts of the served commit, computed when it was opened: answering costs no search work. */
    public IndexStats stats() throws IOException {
        return withSearcher(s -> s.stats);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            dir.close();
        }
    }
}

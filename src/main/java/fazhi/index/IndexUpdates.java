package fazhi.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The changes a running server makes to the index it serves (a watched folder, an upload), one batch at a time: each
 * batch is one build of the folder's one writer ({@link IndexStore#begin}), committed whole or not at all, and the
 * served searcher is refreshed right after the commit, so a search sees all of a batch or none of it. Batches of this
 * process wait for each other; another process writing the folder (a {@code fazhi index} run) makes a batch fail
 * with {@link IndexUnavailableException}, to be tried again. Thread-safe.
 */
public final class IndexUpdates {
    /** One batch of changes; returns whether there is anything to commit. */
    public interface Batch {
        boolean apply(SectionIndexer indexer) throws IOException;
    }

    /** Called after each commit, e.g. to refresh the served searcher. */
    public interface AfterCommit {
        void committed() throws IOException;
    }

    private final Path indexDir;
    private final AfterCommit afterCommit;

    public IndexUpdates(Path indexDir, AfterCommit afterCommit) {
        this.indexDir = indexDir;
        this.afterCommit = afterCommit;
    }

    /**
     * Runs one batch as the folder's writer and commits it when it has changes; a batch that throws is rolled back.
     *
     * @return whether a commit was made (and is now served)
     * @throws IndexUnavailableException another process is writing the folder, or it cannot be used
     */
    public synchronized boolean apply(Batch batch) throws IOException {
        try (IndexStore.Build build = IndexStore.begin(indexDir, true)) {
            if (!batch.apply(build.indexer())) {
                return false; // closing the build rolls it back: nothing changes
            }
            build.publishChanges();
        }
        afterCommit.committed();
        return true;
    }
}

package fazhi.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index folder is one Lucene index, and Lucene owns its lifecycle: every build goes through one
 * {@link IndexWriter}, whose {@code write.lock} makes it the folder's only writer; a build commits once, at the end,
 * so readers and a build killed at any point see the previous commit. What a commit was built from (schema version,
 * seed set) is in the commit's user data, so a server judges staleness from it rather than from file times. The folder
 * itself (created, checked, who writes it) is {@link IndexFolder}'s; the layout before Lucene, {@link OldLayout}'s.
 */
public final class IndexStore {
    /** User data of a commit: the schema it was written with ({@link Fields#SCHEMA_VERSION}). */
    public static final String SCHEMA_KEY = SchemaVersion.KEY;
    /** User data of a commit: fingerprint of the seed set indexed into it (kept by later {@code --add} builds). */
    public static final String SEEDS_KEY = "fazhi.seeds";
    /** User data of a commit: when it was made (ISO-8601), for people. */
    public static final String BUILT_KEY = "fazhi.built";

    private IndexStore() {
    }

    /** The user data of the folder's current commit, or null when the folder holds no index yet. */
    public static Map<String, String> builtFrom(Path indexDir) throws IOException {
        if (!Files.exists(indexDir)) {
            return null;
        }
        try (FSDirectory dir = FSDirectory.open(IndexFolder.check(indexDir))) {
            if (!DirectoryReader.indexExists(dir)) {
                if (OldLayout.isIn(indexDir)) {
                    throw OldLayout.refusal(indexDir);
                }
                return null;
            }
            return Map.copyOf(SegmentInfos.readLatestCommit(dir).getUserData());
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw damaged(indexDir, e);
        }
    }

    /** The folder's Lucene directory for reading; fails with a one-line reason when there is nothing to read. */
    public static FSDirectory openForReading(Path indexDir) throws IOException {
        if (builtFrom(indexDir) == null) {
            throw new IndexUnavailableException("no index in " + indexDir + " (build one: fazhi index --index "
                    + indexDir + " PATH…)");
        }
        FSDirectory dir = FSDirectory.open(indexDir);
        try {
            SchemaVersion.require(dir, indexDir); // fields it lacks would read as missing
            return dir;
        } catch (IOException e) {
            dir.close();
            throw e;
        }
    }

    /** The one-line reason for a commit Lucene could not read. */
    public static IndexUnavailableException damaged(Path indexDir, Exception e) {
        return new IndexUnavailableException("index " + indexDir + " is damaged (" + firstLine(e)
                + "); rebuild it with fazhi index (without --add)", e);
    }

    /**
     * Starts a build as the folder's only writer. A full build ({@code add} false) replaces the index when it is
     * published; {@code add} keeps the served reports and adds to them.
     *
     * @throws IndexUnavailableException another process is writing the folder, or it cannot be created or written
     */
    public static Build begin(Path indexDir, boolean add) throws IOException {
        IndexFolder.prepare(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        try {
            boolean append = add && DirectoryReader.indexExists(dir);
            if (add && !append && OldLayout.isIn(indexDir)) {
                throw OldLayout.refusal(indexDir);
            }
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config(append));
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                if (add) {
                    throw e;
                }
                dropDamagedCommit(dir); // a full build replaces a damaged index; there is nothing to keep
                writer = new IndexWriter(dir, config(false));
            }
            return new Build(indexDir, dir, writer, append);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexUnavailableException("index " + indexDir + " is being written by another process (pid "
                    + IndexFolder.writerPid(indexDir) + "); try again when it finishes", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            dir.close();
            throw damaged(indexDir, e);
        } catch (FileSystemException e) {
            dir.close();
            throw IndexFolder.unwritable(indexDir, e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** How many segments a full build leaves at most. */
    static final int MAX_SEGMENTS = Runtime.getRuntime().availableProcessors();

    private static IndexWriterConfig config(boolean append) {
        return new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(append ? OpenMode.APPEND : OpenMode.CREATE)
                .setCommitOnClose(false) // only publish() commits: closing an unfinished build keeps the old one
                .setMergePolicy(mergePolicy())
                .setRAMBufferSizeMB(64)
                // a flushed segment packed into one compound file is rewritten unpacked by the final merge, even when
                // it is the only segment (the merge policy keeps large segments unpacked): 7% of a build, for fewer
                // files, which an index of a segment or two per core does not need
                .setUseCompoundFile(false);
    }

    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setForceMergeDeletesPctAllowed(0); // forceMergeDeletes leaves no deleted section behind
        return policy;
    }

    /** Removes the unreadable commit points, holding the write lock so no other writer is building meanwhile. */
    private static void dropDamagedCommit(FSDirectory dir) throws IOException {
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : dir.listAll()) {
                if (file.startsWith(IndexFileNames.SEGMENTS)) {
                    dir.deleteFile(file);
                }
            }
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** One build, holding the folder's write lock. Close without {@link #publish} to abandon it. */
    public static final class Build implements AutoCloseable {
        private final Path indexDir;
        private final FSDirectory dir;
        private final IndexWriter writer;
        private final boolean append;
        private final SectionIndexer indexer;
        private boolean done;

        private Build(Path indexDir, FSDirectory dir, IndexWriter writer, boolean append) throws IOException {
            this.indexDir = indexDir;
            this.dir = dir;
            this.writer = writer;
            this.append = append;
            this.indexer = new SectionIndexer(writer);
            if (append) {
                try {
                    SchemaVersion.require(dir, indexDir); // its sections would lack fields and identity keys
                } catch (SchemaVersion.Mismatch e) {
                    close();
                    throw e;
                }
            }
            IndexFolder.writePid(indexDir);
        }

        public SectionIndexer indexer() {
            return indexer;
        }

        /** Commits everything put, once, with what it was built from; readers see it on their next refresh. */
        public void publish(Map<String, String> builtFrom) throws IOException {
            publish(builtFrom, true);
        }

        /**
         * Commits a few changes to a served index (a watched file, an upload) without merging its segments:
         * rewriting the whole index for every small change would cost far more than the change.
         */
        public void publishChanges() throws IOException {
            publish(Map.of(), false);
        }

        private void publish(Map<String, String> builtFrom, boolean merge) throws IOException {
            Map<String, String> data = new HashMap<>();
            if (append) {
                data.putAll(userData()); // e.g. the seed fingerprint of the reports kept
            }
            data.putAll(builtFrom);
            data.put(SCHEMA_KEY, Integer.toString(Fields.SCHEMA_VERSION));
            data.put(BUILT_KEY, Instant.now().toString());
            if (merge) {
                // at most one segment per core: a search is split across the cores anyway (SlicedSearcher), and the
                // final merges run side by side; merging into one segment was the serial end of a 2-thread build
                writer.forceMerge(MAX_SEGMENTS);
                // and none keeps deleted sections (a report given twice): their terms would still count in the
                // ranking statistics, which must not depend on how the sections fell into segments
                writer.forceMergeDeletes();
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            done = true;
            writer.close();
            release();
            OldLayout.remove(indexDir);
        }

        public void publish() throws IOException {
            publish(Map.of());
        }

        private Map<String, String> userData() {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            return data;
        }

        private void release() throws IOException {
            IndexFolder.removePid(indexDir);
            dir.close();
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                try {
                    writer.rollback(); // drops everything since the last commit and releases the lock
                } finally {
                    release();
                }
            }
        }
    }
}

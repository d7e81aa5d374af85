package fazhi.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index folder is one Lucene index, and Lucene owns its lifecycle: every build goes through one
 * {@link IndexWriter}, whose {@code write.lock} makes it the folder's only writer; a build commits once, at the end,
 * so readers and a build killed at any point see the previous commit. What a commit was built from (schema version,
 * seed set) is in the commit's user data, so a server judges staleness from it rather than from file times.
 */
public final class IndexStore {
    /** User data of a commit: the schema it was written with ({@link Fields#SCHEMA_VERSION}). */
    public static final String SCHEMA_KEY = SchemaVersion.KEY;
    /** User data of a commit: fingerprint of the seed set indexed into it (kept by later {@code --add} builds). */
    public static final String SEEDS_KEY = "fazhi.seeds";
    /** User data of a commit: when it was made (ISO-8601), for people. */
    public static final String BUILT_KEY = "fazhi.built";
    /** The writer's process id, beside Lucene's (empty) lock file, so a refused second writer can say who holds it. */
    static final String PID_FILE = "writer.pid";
    /** Files of the layout before Lucene owned the folder: {@code CURRENT} naming one of {@code gen-NNNNNN/}. */
    private static final String OLD_CURRENT = "CURRENT";
    private static final String OLD_PREFIX = "gen-";

    private IndexStore() {
    }

    /** The user data of the folder's current commit, or null when the folder holds no index yet. */
    public static Map<String, String> builtFrom(Path indexDir) throws IOException {
        if (!Files.exists(indexDir)) {
            return null;
        }
        try (FSDirectory dir = FSDirectory.open(checkFolder(indexDir))) {
            if (!DirectoryReader.indexExists(dir)) {
                if (hasOldLayout(indexDir)) {
                    throw oldLayout(indexDir);
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
        prepareFolder(indexDir);
        FSDirectory dir = FSDirectory.open(indexDir);
        try {
            boolean append = add && DirectoryReader.indexExists(dir);
            if (add && !append && hasOldLayout(indexDir)) {
                throw oldLayout(indexDir);
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
                    + writerPid(indexDir) + "); try again when it finishes", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            dir.close();
            throw damaged(indexDir, e);
        } catch (FileSystemException e) {
            dir.close();
            throw unwritable(indexDir, e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static IndexWriterConfig config(boolean append) {
        return new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(append ? OpenMode.APPEND : OpenMode.CREATE)
                .setCommitOnClose(false) // only publish() commits: closing an unfinished build keeps the old one
                .setRAMBufferSizeMB(64);
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

    private static void prepareFolder(Path indexDir) throws IOException {
        if (Files.exists(indexDir)) {
            checkFolder(indexDir);
            return;
        }
        try {
            Files.createDirectories(indexDir);
        } catch (FileSystemException e) {
            throw new IndexUnavailableException("cannot create index folder " + indexDir + " ("
                    + reason(e) + ")", e);
        }
    }

    private static Path checkFolder(Path indexDir) throws IndexUnavailableException {
        if (!Files.isDirectory(indexDir)) {
            throw new IndexUnavailableException("index " + indexDir + " is a file, not a folder; give --index a"
                    + " folder");
        }
        return indexDir;
    }

    private static IndexUnavailableException unwritable(Path indexDir, FileSystemException e) {
        return new IndexUnavailableException("index " + indexDir + " cannot be written (" + reason(e) + ")", e);
    }

    private static IndexUnavailableException oldLayout(Path indexDir) {
        return new IndexUnavailableException("index " + indexDir + " has the old layout (CURRENT and gen-NNNNNN "
                + "folders); rebuild it once with fazhi index --index " + indexDir + " PATH… (without --add)");
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String writerPid(Path indexDir) {
        try {
            String pid = Files.readString(indexDir.resolve(PID_FILE), StandardCharsets.UTF_8).strip();
            return pid.matches("[0-9]{1,10}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static boolean hasOldLayout(Path indexDir) throws IOException {
        if (Files.exists(indexDir.resolve(OLD_CURRENT))) {
            return true;
        }
        try (DirectoryStream<Path> gens = Files.newDirectoryStream(indexDir, OLD_PREFIX + "*")) {
            return gens.iterator().hasNext();
        }
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
            Files.writeString(indexDir.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
        }

        public SectionIndexer indexer() {
            return indexer;
        }

        /** Commits everything put, once, with what it was built from; readers see it on their next refresh. */
        public void publish(Map<String, String> builtFrom) throws IOException {
            publish(builtFrom, true);
        }

        /**
         * Commits a few changes to a served index (a watched file, an upload) without merging it into one segment:
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
                writer.forceMerge(1); // a one-segment index answers faster; build time is small next to serving time
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            done = true;
            writer.close();
            release();
            removeOldLayout();
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
            Files.deleteIfExists(indexDir.resolve(PID_FILE));
            dir.close();
        }

        /** Generations of the old layout are no longer read by anything once a commit exists. */
        private void removeOldLayout() {
            try (Stream<Path> entries = Files.list(indexDir)) {
                for (Path p : entries.filter(p -> p.getFileName().toString().equals(OLD_CURRENT)
                        || p.getFileName().toString().startsWith(OLD_PREFIX)).toList()) {
                    deleteTree(p);
                }
            } catch (IOException ignored) {
                // left for the next build; nothing reads them
            }
        }

        private static void deleteTree(Path root) throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
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

package fazhi.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk layout of an index folder: generations {@code gen-000001/}, {@code gen-000002/} … each a complete
 * Lucene index, and a file {@code CURRENT} naming the one to serve. A build writes a new generation beside the
 * current one and then replaces {@code CURRENT} by an atomic rename, so a build that fails or is killed at any
 * point leaves the previous index intact and servable, and readers never see a half-built index.
 */
public final class IndexStore {
    static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    private IndexStore() {
    }

    /** The generation folder being served, or null when the folder holds no complete index. */
    public static Path current(Path indexDir) throws IOException {
        try {
            String name = Files.readString(indexDir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
            Path gen = indexDir.resolve(name);
            return name.startsWith(PREFIX) && Files.isDirectory(gen) ? gen : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * When the served index was published (the time {@code CURRENT} last moved), or null when there is none; lets
     * a server decide whether the index is older than the reports it was built from.
     */
    public static Instant publishedAt(Path indexDir) throws IOException {
        if (current(indexDir) == null) {
            return null;
        }
        return Files.getLastModifiedTime(indexDir.resolve(CURRENT)).toInstant();
    }

    /** Starts a new generation; {@code fromCurrent} copies the served index in first, so puts add to it. */
    public static Build begin(Path indexDir, boolean fromCurrent) throws IOException {
        Files.createDirectories(indexDir);
        Path previous = current(indexDir);
        Path gen = indexDir.resolve(String.format("%s%06d", PREFIX, lastGeneration(indexDir) + 1));
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(FSDirectory.open(gen), cfg);
        try {
            if (fromCurrent && previous != null) {
                try (FSDirectory old = FSDirectory.open(previous)) {
                    SchemaVersion.require(old, indexDir); // its sections would lack fields and identity keys
                    writer.addIndexes(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            deleteTree(gen);
            throw e;
        }
        return new Build(indexDir, gen, writer);
    }

    private static int lastGeneration(Path indexDir) throws IOException {
        int last = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(indexDir, PREFIX + "*")) {
            for (Path p : entries) {
                try {
                    last = Math.max(last, Integer.parseInt(p.getFileName().toString().substring(PREFIX.length())));
                } catch (NumberFormatException ignored) {
                    // not ours
                }
            }
        }
        return last;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One generation being written. Close without {@link #publish()} to abandon it. */
    public static final class Build implements AutoCloseable {
        private final Path indexDir;
        private final Path gen;
        private final IndexWriter writer;
        private final SectionIndexer indexer;
        private boolean done;

        private Build(Path indexDir, Path gen, IndexWriter writer) {
            this.indexDir = indexDir;
            this.gen = gen;
            this.writer = writer;
            this.indexer = new SectionIndexer(writer);
        }

        public SectionIndexer indexer() {
            return indexer;
        }

        /** Commits the new generation, makes it current by atomic rename, then removes older generations. */
        public void publish() throws IOException {
            writer.forceMerge(1); // a one-segment index answers faster; build time is small next to serving time
            writer.commit();
            writer.close();
            done = true;
            Path tmp = indexDir.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, gen.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, indexDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, indexDir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
            removeOtherGenerations();
        }

        /** Old generations still open in a running server stay readable on POSIX; failures are left for later. */
        private void removeOtherGenerations() {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(indexDir, PREFIX + "*")) {
                for (Path p : entries) {
                    if (!p.equals(gen)) {
                        try {
                            deleteTree(p);
                        } catch (IOException ignored) {
                            // still in use (e.g. on Windows); the next build retries
                        }
                    }
                }
            } catch (IOException ignored) {
                // listing failed: nothing removed, nothing lost
            }
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                try {
                    writer.rollback();
                } catch (IOException e) {
                    // the generation is being thrown away (its folder may already be gone): nothing to save
                }
                deleteTree(gen);
            }
        }
    }
}

package fazhi.bench;

import fazhi.index.Fields;
import fazhi.index.IndexStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark indexes too costly to build on every run (a million sections takes tens of minutes on the shared 2-core
 * machine), kept in a folder outside the repository (environment variable {@code FAZHI_BENCH_DATA},
 * default {@code /work/bench-data}) and reused while they are current: a Lucene index is rebuilt when its commit's schema
 * version is not {@link Fields#SCHEMA_VERSION}, a peer's when its marker file is missing.
 */
final class BenchData {
    private BenchData() {
    }

    static Path root() throws IOException {
        String dir = System.getenv("FAZHI_BENCH_DATA");
        Path root = Path.of(dir == null || dir.isBlank() ? "/work/bench-data" : dir);
        Files.createDirectories(root);
        return root;
    }

    /** The folder for one engine's index of the generated corpus of {@code sections} (its requested size). */
    static Path folder(String engine, int sections) throws IOException {
        return root().resolve(engine + "-" + sections);
    }

    /** Whether the Lucene index in dir was built with the current schema. */
    static boolean luceneIsCurrent(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d) && Integer.toString(Fields.SCHEMA_VERSION).equals(
                    SegmentInfos.readLatestCommit(d).getUserData().get(IndexStore.SCHEMA_KEY));
        } catch (IOException e) {
            return false;
        }
    }

    static long size(Path dirOrFile) throws IOException {
        if (!Files.exists(dirOrFile)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dirOrFile, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

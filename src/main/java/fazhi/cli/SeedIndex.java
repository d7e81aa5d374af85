package fazhi.cli;

import fazhi.index.FileIndexer;
import fazhi.index.Fields;
import fazhi.index.IndexStore;
import fazhi.index.SchemaVersion;
import fazhi.ingest.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Makes sure an index folder holds the bundled seeds before serving, so the first Quick-start command works on a
 * fresh clone: it indexes them when the folder has no index yet, or when a seed file is newer than the served index.
 */
final class SeedIndex {
    private SeedIndex() {
    }

    /** Why the index must be (re)built from the seeds, or null when it is up to date (or there are no seeds). */
    static String staleReason(Path indexDir, Path seedsDir) throws IOException {
        Path current = IndexStore.current(indexDir);
        if (current == null) {
            return "no index in " + indexDir;
        }
        if (outdated(current)) {
            return "the index in " + indexDir + " was built by another version of fazhi (index schema "
                    + SchemaVersion.of(current) + ", this version reads " + Fields.SCHEMA_VERSION + ")";
        }
        if (!Files.isDirectory(seedsDir)) {
            return null;
        }
        FileTime built = Files.getLastModifiedTime(current);
        for (Path seed : ReportFiles.expand(List.of(seedsDir))) {
            if (Files.getLastModifiedTime(seed).compareTo(built) > 0) {
                return seed + " is newer than the index";
            }
        }
        return null;
    }

    /**
     * Indexes the seeds, keeping any other reports the index already serves ({@code add}): the folder may hold a
     * researcher's own corpus beside the seeds, and a touched seed file must not cost them that. An index of another
     * schema version cannot be added to: it is rebuilt from the seeds alone.
     */
    static FileIndexer.Summary build(Path indexDir, Path seedsDir, FileIndexer.Progress progress)
            throws IOException {
        Path current = IndexStore.current(indexDir);
        boolean keep = current != null && !outdated(current);
        return FileIndexer.run(indexDir, ReportFiles.expand(List.of(seedsDir)), keep, progress);
    }

    private static boolean outdated(Path generation) throws IOException {
        return SchemaVersion.of(generation) != Fields.SCHEMA_VERSION;
    }
}

package fazhi.cli;

import fazhi.index.FileIndexer;
import fazhi.index.Fields;
import fazhi.index.IndexStore;
import fazhi.index.IndexUnavailableException;
import fazhi.index.ParallelPuts;
import fazhi.ingest.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Makes sure an index folder holds the bundled seeds before serving, so the first Quick-start command works on a
 * fresh clone: it indexes them when the folder has no index yet, or when the seed set differs from the one the index
 * was built from (the fingerprint in the commit's user data, not file times).
 */
final class SeedIndex {
    private SeedIndex() {
    }

    /**
     * Why the index must be (re)built from the seeds, or null when it is up to date (or it was built from other
     * files, or there are no seeds).
     *
     * @throws IndexUnavailableException the folder cannot be served and the seeds cannot fix it (damaged, old
     *                                   layout, a file)
     */
    static String staleReason(Path indexDir, Path seedsDir) throws IOException {
        Map<String, String> built = IndexStore.builtFrom(indexDir);
        if (built == null) {
            return "no index at " + shown(indexDir);
        }
        if (outdated(built)) {
            return "the index at " + shown(indexDir) + " was built by another version of fazhi (index schema "
                    + built.get(IndexStore.SCHEMA_KEY) + ", this version reads " + Fields.SCHEMA_VERSION + ")";
        }
        String seeds = built.get(IndexStore.SEEDS_KEY);
        if (seeds == null || !Files.isDirectory(seedsDir)) {
            return null;
        }
        return seeds.equals(fingerprint(seedsDir)) ? null : "the reports in " + shown(seedsDir)
                + " changed since the index at " + shown(indexDir) + " was built";
    }

    /** A folder as an operator reads it in a message: absolute, so a default such as {@code index} cannot be
     *  mistaken for a word of the sentence, and it is clear which working folder it was resolved against. */
    static String shown(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }

    /**
     * Indexes the seeds, keeping any other reports the index already serves ({@code add}): the folder may hold a
     * researcher's own corpus beside the seeds, and a changed seed file must not cost them that. An index of another
     * schema version cannot be added to: it is rebuilt from the seeds alone.
     */
    static FileIndexer.Summary build(Path indexDir, Path seedsDir, FileIndexer.Progress progress)
            throws IOException {
        Map<String, String> built = IndexStore.builtFrom(indexDir);
        boolean keep = built != null && !outdated(built);
        return FileIndexer.run(indexDir, ReportFiles.find(List.of(seedsDir)), keep,
                Map.of(IndexStore.SEEDS_KEY, fingerprint(seedsDir)), ParallelPuts.defaultThreads(), progress);
    }

    private static boolean outdated(Map<String, String> built) {
        return !Integer.toString(Fields.SCHEMA_VERSION).equals(built.getOrDefault(IndexStore.SCHEMA_KEY, "1"));
    }

    /** A hash of every seed file's name and content: any added, removed, renamed or edited seed changes it. */
    static String fingerprint(Path seedsDir) throws IOException {
        MessageDigest all = sha256();
        for (Path file : ReportFiles.expand(List.of(seedsDir))) {
            all.update(seedsDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(sha256().digest(Files.readAllBytes(file)));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

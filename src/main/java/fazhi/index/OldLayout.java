package fazhi.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The layout of an index folder before Lucene owned it: {@code CURRENT} naming one of {@code gen-NNNNNN/}. Such a
 * folder is recognised and refused with the way out (one full rebuild), and its files are removed once a Lucene commit
 * exists, since nothing reads them any more.
 */
final class OldLayout {
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    private OldLayout() {
    }

    static boolean isIn(Path indexDir) throws IOException {
        if (Files.exists(indexDir.resolve(CURRENT))) {
            return true;
        }
        try (DirectoryStream<Path> gens = Files.newDirectoryStream(indexDir, PREFIX + "*")) {
            return gens.iterator().hasNext();
        }
    }

    static IndexUnavailableException refusal(Path indexDir) {
        return new IndexUnavailableException("index " + indexDir + " has the old layout (CURRENT and gen-NNNNNN "
                + "folders); rebuild it once with fazhi index --index " + indexDir + " PATH… (without --add)");
    }

    /** Removes the old layout's files; what cannot be removed now is left for the next build. */
    static void remove(Path indexDir) {
        try (Stream<Path> entries = Files.list(indexDir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().equals(CURRENT)
                    || p.getFileName().toString().startsWith(PREFIX)).toList()) {
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
}

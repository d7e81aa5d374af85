package fazhi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders that tests and benchmarks make (indexes, browser profiles) are removed, not left in /tmp. */
public final class TempDirs {
    private TempDirs() {
    }

    /** Deletes the folder and everything under it; a folder already gone is fine. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Deletes the folder when the JVM exits, for folders whose users live as long as the test run. */
    public static void deleteOnExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(root);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("could not remove " + root + ": " + e.getMessage());
            }
        }));
    }
}

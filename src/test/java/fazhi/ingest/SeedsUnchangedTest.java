package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The bundled seeds are the shared reports byte for byte, under the same names (checked where ../shared exists). */
class SeedsUnchangedTest {
    private static final Path SHARED = Path.of("..", "shared", "seeds");

    static boolean sharedSeedsBeside() {
        return Files.isDirectory(SHARED);
    }

    @Test
    @EnabledIf(value = "sharedSeedsBeside", disabledReason = "../shared/seeds is not beside this checkout")
    void bundled_seeds_equal_the_shared_originals() throws Exception {
        Path shared = SHARED;
        List<Path> originals;
        try (var files = Files.list(shared)) {
            originals = files.sorted().toList();
        }
        assertEquals(originals.stream().map(p -> p.getFileName().toString()).toList(),
                Fixtures.seeds().stream().map(p -> p.getFileName().toString()).toList());
        for (Path original : originals) {
            assertArrayEquals(Files.readAllBytes(original),
                    Files.readAllBytes(Path.of("seeds").resolve(original.getFileName())), original.toString());
        }
    }
}

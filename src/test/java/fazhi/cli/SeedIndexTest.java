package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.FileIndexer;
import fazhi.index.SchemaVersionTest;
import fazhi.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve does with an index it cannot read: one of another schema version is rebuilt from the seeds. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeedIndexTest {
    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path dir;

    @Test
    void an_index_of_an_older_version_is_stale_and_is_rebuilt_from_the_seeds_alone() throws Exception {
        FileIndexer.run(dir, List.of(SEEDS.resolve("000_9083d36f983b8dd0.txt")), false, (d, t, s) -> { });
        SchemaVersionTest.makeOld(dir);
        String reason = SeedIndex.staleReason(dir, SEEDS);
        assertTrue(reason != null && reason.contains("another version of fazhi"), reason);

        FileIndexer.Summary built = SeedIndex.build(dir, SEEDS, (d, t, s) -> { });
        assertTrue(built.published());
        assertNull(SeedIndex.staleReason(dir, SEEDS));
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(built.reports(), s.index().stats().reports());
            assertEquals(built.sections(), s.index().stats().sections());
        }
    }

    @Test
    void a_missing_index_is_named_by_its_absolute_path_so_the_default_folder_index_reads_as_a_folder() throws Exception {
        Path relative = Path.of("target", "no-index-here");
        assertEquals("no index at " + relative.toAbsolutePath().normalize(), SeedIndex.staleReason(relative, SEEDS));
    }
}

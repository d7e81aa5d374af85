package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.SearchService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written with another schema is never read with fields missing: search refuses it, --add too. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class SchemaVersionTest {
    @TempDir
    Path dir;

    private static final List<Path> SEED = List.of(Path.of("seeds/000_9083d36f983b8dd0.txt"));

    /** Rewrites the index's last commit without the version, as indexes before it was recorded. */
    public static void makeOld(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.perField())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.<String, String>of().entrySet());
            w.commit();
        }
    }

    @Test
    void a_new_index_records_the_current_schema_version() throws Exception {
        FileIndexer.run(dir, SEED, false, (d, t, s) -> { });
        assertEquals(Fields.SCHEMA_VERSION, SchemaVersion.of(dir));
        FileIndexer.run(dir, SEED, true, (d, t, s) -> { }); // and so does one added to
        assertEquals(Fields.SCHEMA_VERSION, SchemaVersion.of(dir));
    }

    @Test
    void an_index_of_an_older_schema_is_refused_by_search_and_by_add_and_rebuilt_without_add() throws Exception {
        FileIndexer.run(dir, SEED, false, (d, t, s) -> { });
        makeOld(dir);
        assertEquals(1, SchemaVersion.of(dir));
        SchemaVersion.Mismatch refused = assertThrows(SchemaVersion.Mismatch.class, () -> SearchService.open(dir));
        assertTrue(refused.getMessage().contains("older version") && refused.getMessage().contains("rebuild"),
                refused.getMessage());
        assertThrows(SchemaVersion.Mismatch.class, () -> FileIndexer.run(dir, SEED, true, (d, t, s) -> { }));
        FileIndexer.Summary rebuilt = FileIndexer.run(dir, SEED, false, (d, t, s) -> { });
        assertTrue(rebuilt.published());
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(1, s.index().stats().reports());
        }
    }
}

package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.testing.Exports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fazhi export} on the seeds: the same rows as the search counts, to a file or to standard output. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    static String index;

    @BeforeAll
    static void indexSeeds() {
        index = tmp.resolve("index").toString();
        assertEquals(0, IndexAndSearchCommandTest.fazhi("index", "--index", index, "seeds").code());
    }

    private static JsonNode search(String query) throws Exception {
        IndexAndSearchCommandTest.Run r = IndexAndSearchCommandTest.fazhi("search", "--index", index, "--json", query);
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void exports_every_matching_section_to_a_csv_file_with_a_bom() throws Exception {
        Path out = tmp.resolve("out.csv");
        IndexAndSearchCommandTest.Run r = IndexAndSearchCommandTest.fazhi("export", "--index", index, "--output",
                out.toString(), "法律顾问");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = Exports.csv(Files.readAllBytes(out));
        assertEquals(search("法律顾问").get("total").asInt(), rows.size());
        assertTrue(r.err().contains(rows.size() + " rows written"), r.err());
        assertTrue(rows.getFirst().get("url").startsWith("http://127.0.0.1:7070/?report="));
    }

    @Test
    void exports_occurrences_as_json_lines_to_standard_output() throws Exception {
        IndexAndSearchCommandTest.Run r = IndexAndSearchCommandTest.fazhi("export", "--index", index, "--format",
                "jsonl", "--unit", "occurrences", "--filter", "year=2022", "调解");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        JsonNode search = new ObjectMapper().readTree(IndexAndSearchCommandTest.fazhi("search", "--index", index,
                "--json", "--filter", "year=2022", "调解").out());
        assertEquals(search.get("occurrences").asInt(), lines.length);
        assertEquals("调解", new ObjectMapper().readTree(lines[0]).get("match").asText());
    }

    @Test
    void a_bad_unit_or_query_is_a_usage_error_and_no_index_is_exit_4() {
        assertEquals(2, IndexAndSearchCommandTest.fazhi("export", "--index", index, "--unit", "words", "x").code());
        IndexAndSearchCommandTest.Run bad = IndexAndSearchCommandTest.fazhi("export", "--index", index, "\"法律");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("fazhi export: "), bad.err());
        assertEquals(4, IndexAndSearchCommandTest.fazhi("export", "--index", tmp.resolve("none").toString(), "x")
                .code());
    }
}

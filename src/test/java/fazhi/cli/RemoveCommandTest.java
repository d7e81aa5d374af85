package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.FormatFixtures;
import fazhi.ingest.ReportReader;
import fazhi.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fazhi remove}: by id, by file, by folder; what is not in the index is named and nothing else changes. */
class RemoveCommandTest {
    @TempDir
    Path tmp;
    Path index;
    Path reports;
    Path seed;
    Path page;

    private static IndexAndSearchCommandTest.Run fazhi(String... args) {
        return IndexAndSearchCommandTest.fazhi(args);
    }

    @BeforeEach
    void indexThreeReports() throws Exception {
        index = tmp.resolve("index");
        reports = Files.createDirectories(tmp.resolve("reports"));
        seed = Files.copy(Path.of("seeds/000_9083d36f983b8dd0.txt"), reports.resolve("seed.txt"));
        Files.copy(Path.of("seeds/003_57eae4c523504c57.txt"), Files.createDirectories(reports.resolve("more"))
                .resolve("other.txt"));
        page = Files.write(reports.resolve("page.html"), FormatFixtures.html(StandardCharsets.UTF_8));
        assertEquals(0, fazhi("index", "--index", index.toString(), reports.toString()).code());
        assertEquals(3, reportCount());
    }

    private long reportCount() throws Exception {
        try (SearchService service = SearchService.open(index)) {
            return service.index().stats().reports();
        }
    }

    @Test
    void a_report_is_removed_by_its_id_and_another_by_its_file() throws Exception {
        String id = ReportReader.read(seed).id();

        var byId = fazhi("remove", "--index", index.toString(), id);
        assertEquals(0, byId.code(), byId.err());
        assertTrue(byId.out().startsWith("removed 1 reports; index now holds 2 reports, "), byId.out());

        var byFile = fazhi("remove", "--index", index.toString(), page.toString());
        assertEquals(0, byFile.code(), byFile.err());
        assertEquals(1, reportCount());
    }

    @Test
    void a_folder_removes_every_report_indexed_from_below_it() throws Exception {
        var run = fazhi("remove", "--index", index.toString(), reports.resolve("more").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(2, reportCount());
    }

    @Test
    void targets_not_in_the_index_are_named_and_the_others_removed() throws Exception {
        var some = fazhi("remove", "--index", index.toString(), page.toString(), "0123456789abcdef");
        assertEquals(1, some.code());
        assertTrue(some.err().contains("not in the index: 0123456789abcdef"), some.err());
        assertEquals(2, reportCount());

        var none = fazhi("remove", "--index", index.toString(), tmp.resolve("never-indexed.txt").toString());
        assertEquals(3, none.code());
        assertTrue(none.err().contains("the index is unchanged"), none.err());
        assertEquals(2, reportCount());
    }

    @Test
    void without_an_index_remove_says_so_in_one_line() {
        var run = fazhi("remove", "--index", tmp.resolve("nothing").toString(), "0123456789abcdef");
        assertEquals(4, run.code());
        assertTrue(run.err().startsWith("fazhi remove: no index in "), run.err());
    }
}

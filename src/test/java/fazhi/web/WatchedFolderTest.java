package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.index.FolderWatcher;
import fazhi.ingest.FormatFixtures;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fazhi serve --watch DIR} end to end: a server on its own index with a {@link FolderWatcher} on a temporary
 * folder; files are added (in a new subfolder), changed and deleted, and the API must follow each within 10 s,
 * each report appearing whole.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WatchedFolderTest {
    private static final long FOLLOW_MILLIS = 10_000;
    private static final Path SEED = Path.of("seeds/000_9083d36f983b8dd0.txt");

    @TempDir
    Path folder;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private FolderWatcher watch(UpdatableServer server) throws Exception {
        return new FolderWatcher(folder, server.updates, new FolderWatcher.Log(events::add, problems::add)).start();
    }

    @Test
    void files_added_changed_and_deleted_in_the_folder_reach_the_api_within_10_s() throws Exception {
        try (UpdatableServer server = new UpdatableServer(Fixtures.reports(), null, 0);
             FolderWatcher ignored = watch(server)) {
            Set<String> before = server.reportIds();
            Report seed = ReportReader.read(SEED);
            String place = "township:" + seed.township() + " year:" + seed.year();
            int placeSections = total(server, place);
            Path file = folder.resolve("2022/清远").resolve("小江镇.txt");
            Files.createDirectories(file.getParent()); // a subfolder made after watching started
            Files.copy(SEED, file);
            follows(() -> server.reportIds().contains(seed.id()), "the added file is listed");
            assertEquals(seed.sections().size(), sectionsOf(server, seed.id()), "all its sections at once");
            assertEquals(placeSections + seed.sections().size(), total(server, place), "and searchable");

            Files.write(file, FormatFixtures.docx()); // the same file, now another report, as Word
            Report changed = ReportReader.read(file);
            follows(() -> server.reportIds().contains(changed.id()) && !server.reportIds().contains(seed.id()),
                    "the changed file replaces its earlier version");
            assertEquals(changed.sections().size(), sectionsOf(server, changed.id()));
            assertTrue(total(server, "横泾街道") > 0);

            Files.delete(file);
            follows(() -> server.reportIds().equals(before), "the deleted file is gone from the index");
            assertEquals(0, total(server, "横泾街道"));
        }
    }

    @Test
    void a_file_that_cannot_be_read_is_named_and_the_others_are_indexed() throws Exception {
        try (UpdatableServer server = new UpdatableServer(Fixtures.reports(), null, 0);
             FolderWatcher ignored = watch(server)) {
            Files.write(folder.resolve("locked.pdf"), FormatFixtures.encryptedPdf());
            Files.write(folder.resolve("report.html"), FormatFixtures.html(java.nio.charset.StandardCharsets.UTF_8));
            String id = ReportReader.read(folder.resolve("report.html")).id();
            follows(() -> server.reportIds().contains(id), "the readable file is indexed");
            follows(() -> problems.stream().anyMatch(p -> p.contains("locked.pdf") && p.contains("encrypted")),
                    "the encrypted one is named with its reason: " + problems);
        }
    }

    @Test
    void on_start_the_folder_is_read_and_files_deleted_meanwhile_are_removed() throws Exception {
        Path kept = folder.resolve("kept.txt");
        Path deleted = folder.resolve("sub/deleted.docx");
        Files.createDirectories(deleted.getParent());
        Files.copy(SEED, kept);
        Files.write(deleted, FormatFixtures.docx());
        String keptId = ReportReader.read(kept).id();
        String deletedId = ReportReader.read(deleted).id();
        try (UpdatableServer server = new UpdatableServer(Fixtures.reports(), null, 0)) {
            Set<String> before = server.reportIds();
            try (FolderWatcher ignored = watch(server)) {
                follows(() -> server.reportIds().containsAll(Set.of(keptId, deletedId)), "both files indexed");
            }
            Files.delete(deleted); // while no server watches
            try (FolderWatcher ignored = watch(server)) {
                follows(() -> !server.reportIds().contains(deletedId), "the deleted file's report is removed");
                assertTrue(server.reportIds().contains(keptId));
                assertTrue(server.reportIds().containsAll(before), "reports from elsewhere stay");
            }
        }
    }

    private static int sectionsOf(UpdatableServer server, String id) {
        for (JsonNode r : Json.ok(server.get("/api/reports")).get("reports")) {
            if (r.get("id").asText().equals(id)) {
                return r.get("sections").asInt();
            }
        }
        return -1;
    }

    private static int total(UpdatableServer server, String query) {
        return Json.ok(server.get("/api/search?q=" + ResearchEndpointTest.enc(query))).get("total").asInt();
    }

    private void follows(BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertFalse(waited > FOLLOW_MILLIS, what + ": not within " + FOLLOW_MILLIS + " ms; events " + events
                    + ", problems " + problems);
            Thread.sleep(100);
        }
    }
}

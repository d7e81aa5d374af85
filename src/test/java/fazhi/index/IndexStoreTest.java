package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.search.Hit;
import fazhi.search.Mode;
import fazhi.search.SearchService;
import fazhi.testing.Fixtures;
import fazhi.testing.Searches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stable ids, one writer per folder, builds committed once, what a commit was built from, refresh. */
class IndexStoreTest {
    @TempDir
    Path dir;

    private static Report report(String id, String... texts) {
        List<Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            sections.add(new Section(id + "-" + i, 1, "一、工作", List.of("一、工作"), "measures", texts[i], i + 1));
        }
        return new Report(id, id + ".txt", "甲镇报告" + id, null, null, "甲镇", null, null, null, null, null, 2023, "title", null,
                null, Map.of(), List.of(), sections);
    }

    private static List<String> ids(SearchService s, String q) throws Exception {
        return Searches.all(s, q, Mode.EXACT).stream().map(Hit::id).sorted().toList();
    }

    @Test
    void puttingAReportAgainReplacesItsSectionsEvenAcrossBuilds() throws Exception {
        try (IndexStore.Build b = IndexStore.begin(dir, false)) {
            b.indexer().put(report("a", "调解一", "调解二", "调解三"));
            b.indexer().put(report("a", "调解一", "调解二", "调解三"));
            b.indexer().put(report("b", "调解四"));
            b.publish();
        }
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("a-0", "a-1", "a-2", "b-0"), ids(s, "调解"));
        }
        try (IndexStore.Build b = IndexStore.begin(dir, true)) { // --add: keep b, replace a
            b.indexer().put(report("a", "信访一"));
            b.publish();
        }
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("b-0"), ids(s, "调解"));
            assertEquals(List.of("a-0"), ids(s, "信访"));
            assertEquals(2, s.index().stats().reports());
            assertEquals(2, s.index().stats().sections());
        }
    }

    @Test
    void anAbandonedBuildLeavesThePreviousCommitServedAndReleasesTheFolder() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            try (IndexStore.Build b = IndexStore.begin(dir, false)) {
                b.indexer().put(report("z", "信访"));
                // no publish: as if parsing failed half-way
            }
            assertFalse(s.index().refresh());
            assertEquals(List.of("a-0"), ids(s, "调解"));
        }
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("a-0"), ids(s, "调解"));
            assertEquals(List.of(), ids(s, "信访"));
        }
        Fixtures.index(dir, List.of(report("c", "调解"))); // the lock was released
        assertFalse(Files.exists(dir.resolve(IndexFolder.PID_FILE)));
    }

    @Test
    void aSecondWriterIsRefusedWithTheHoldersPidWhileTheFirstBuilds() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (IndexStore.Build first = IndexStore.begin(dir, false)) {
            first.indexer().put(report("b", "调解"));
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                    () -> IndexStore.begin(dir, true));
            assertEquals("index " + dir + " is being written by another process (pid "
                    + ProcessHandle.current().pid() + "); try again when it finishes", e.getMessage());
            first.publish();
        }
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("b-0"), ids(s, "调解"));
        }
    }

    @Test
    void theCommitSaysWhatItWasBuiltFromAndAddKeepsTheSeedFingerprint() throws Exception {
        assertNull(IndexStore.builtFrom(dir));
        try (IndexStore.Build b = IndexStore.begin(dir, false)) {
            b.indexer().put(report("a", "调解"));
            b.publish(Map.of(IndexStore.SEEDS_KEY, "abc"));
        }
        Map<String, String> first = IndexStore.builtFrom(dir);
        assertEquals(Integer.toString(Fields.SCHEMA_VERSION), first.get(IndexStore.SCHEMA_KEY));
        assertEquals("abc", first.get(IndexStore.SEEDS_KEY));
        try (IndexStore.Build b = IndexStore.begin(dir, true)) {
            b.indexer().put(report("b", "调解"));
            b.publish();
        }
        assertEquals("abc", IndexStore.builtFrom(dir).get(IndexStore.SEEDS_KEY));
        Fixtures.index(dir, List.of(report("c", "调解"))); // a full build says only what it was built from
        assertNull(IndexStore.builtFrom(dir).get(IndexStore.SEEDS_KEY));
    }

    @Test
    void aFolderOfTheOldGenerationLayoutIsNamedAndAFullBuildReplacesIt() throws Exception {
        Files.createDirectories(dir.resolve("gen-000003"));
        Files.writeString(dir.resolve("CURRENT"), "gen-000003");
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> IndexStore.builtFrom(dir));
        assertTrue(e.getMessage().contains("old layout"), e.getMessage());
        assertThrows(IndexUnavailableException.class, () -> IndexStore.begin(dir, true));
        Fixtures.index(dir, List.of(report("a", "调解")));
        assertFalse(Files.exists(dir.resolve("CURRENT")) || Files.exists(dir.resolve("gen-000003")));
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("a-0"), ids(s, "调解"));
        }
    }

    @Test
    void anIndexPathThatIsAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("index"), "x");
        for (var attempt : List.<org.junit.jupiter.api.function.Executable>of(() -> IndexStore.begin(file, false),
                () -> IndexStore.builtFrom(file), () -> SearchService.open(file))) {
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, attempt);
            assertEquals("index " + file + " is a file, not a folder; give --index a folder", e.getMessage());
        }
    }

    @Test
    void aRunningServiceSeesARebuildAfterRefreshWithoutRestart() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            String before = s.index().stats().generation();
            Fixtures.index(dir, List.of(report("b", "调解"), report("c", "调解")));
            assertEquals(List.of("a-0"), ids(s, "调解")); // still the old generation until refreshed
            assertTrue(s.index().refresh());
            assertEquals(List.of("b-0", "c-0"), ids(s, "调解"));
            assertFalse(before.equals(s.index().stats().generation()));
            assertFalse(s.index().refresh());
        }
    }

    @Test
    void searchesRunningOnManyThreadsDuringRebuildsAndRefreshesNeverFail() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.Queue<Throwable> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> threads = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (!stop.get()) {
                        try {
                            assertEquals(1, s.search(fazhi.search.SearchRequest.of("调解")).total());
                            searches.incrementAndGet();
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }));
            }
            for (int i = 0; i < 5; i++) {
                Fixtures.index(dir, List.of(report("r" + i, "调解")));
                s.index().refresh();
            }
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(List.of(), List.copyOf(errors));
            assertTrue(searches.get() > 0);
            assertEquals(List.of("r4-0"), ids(s, "调解"));
        }
    }

    @Test
    void aFileThatFailsIsNamedAndSkippedAndNoGoodFileKeepsTheOldIndex() throws Exception {
        Path bad = dir.resolve("missing.txt");
        Path idx = dir.resolve("idx");
        FileIndexer.Summary s = FileIndexer.run(idx, List.of(Path.of("seeds/000_9083d36f983b8dd0.txt"), bad), false,
                (done, total, sections) -> { });
        assertEquals(1, s.reports());
        assertTrue(s.published());
        assertEquals(bad, s.failures().getFirst().file());
        assertFalse(s.failures().getFirst().reason().isBlank());
        Map<String, String> before = IndexStore.builtFrom(idx);
        FileIndexer.Summary none = FileIndexer.run(idx, List.of(bad), false, (d, t, n) -> { });
        assertFalse(none.published());
        assertEquals(before, IndexStore.builtFrom(idx));
        try (SearchService service = SearchService.open(idx)) {
            assertEquals(1, service.index().stats().reports());
        }
    }
}

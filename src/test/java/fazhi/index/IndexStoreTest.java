package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Stable ids, atomic rebuilds and refresh without restart. */
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
            assertEquals(2, s.stats().reports());
            assertEquals(2, s.stats().sections());
        }
    }

    @Test
    void anAbandonedBuildLeavesThePreviousIndexServedAndIsCleanedUp() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            try (IndexStore.Build b = IndexStore.begin(dir, false)) {
                b.indexer().put(report("z", "信访"));
                // no publish: as if parsing failed half-way
            }
            assertFalse(s.refresh());
            assertEquals(List.of("a-0"), ids(s, "调解"));
        }
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("a-0"), ids(s, "调解"));
            assertEquals(List.of(), ids(s, "信访"));
        }
        try (var gens = Files.list(dir)) {
            assertEquals(List.of("CURRENT", "gen-000001"), gens.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aProcessKilledMidBuildLeavesTheOldIndexServableAndTheNextBuildClearsTheDebris() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        IndexStore.Build crashed = IndexStore.begin(dir, false); // never published nor closed: a killed process
        crashed.indexer().put(report("z", "信访"));
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("a-0"), ids(s, "调解"));
        }
        Fixtures.index(dir, List.of(report("c", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            assertEquals(List.of("c-0"), ids(s, "调解"));
        }
        try (var gens = Files.list(dir)) {
            assertEquals(2, gens.count()); // CURRENT and the newest generation only
        }
        crashed.close();
    }

    @Test
    void publishedAtIsNullWithoutAnIndexAndMovesWithEachPublish() throws Exception {
        assertEquals(null, IndexStore.publishedAt(dir));
        Fixtures.index(dir, List.of(report("a", "调解")));
        java.time.Instant first = IndexStore.publishedAt(dir);
        Files.setLastModifiedTime(dir.resolve(IndexStore.CURRENT), java.nio.file.attribute.FileTime.fromMillis(0));
        Fixtures.index(dir, List.of(report("a", "调解")));
        assertTrue(first != null && IndexStore.publishedAt(dir).toEpochMilli() > 0);
    }

    @Test
    void aRunningServiceSeesARebuildAfterRefreshWithoutRestart() throws Exception {
        Fixtures.index(dir, List.of(report("a", "调解")));
        try (SearchService s = SearchService.open(dir)) {
            String before = s.stats().generation();
            Fixtures.index(dir, List.of(report("b", "调解"), report("c", "调解")));
            assertEquals(List.of("a-0"), ids(s, "调解")); // still the old generation until refreshed
            assertTrue(s.refresh());
            assertEquals(List.of("b-0", "c-0"), ids(s, "调解"));
            assertFalse(before.equals(s.stats().generation()));
            assertFalse(s.refresh());
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
                s.refresh();
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
        Path before = IndexStore.current(idx);
        FileIndexer.Summary none = FileIndexer.run(idx, List.of(bad), false, (d, t, n) -> { });
        assertFalse(none.published());
        assertEquals(before, IndexStore.current(idx));
        try (SearchService service = SearchService.open(idx)) {
            assertEquals(1, service.stats().reports());
        }
    }
}

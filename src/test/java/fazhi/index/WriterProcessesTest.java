package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.SearchService;
import fazhi.testing.ChildFazhi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes on one index folder: a second writer is refused, and a writer killed at any point loses nothing. */
class WriterProcessesTest {
    private static final int FILES = 100;

    @TempDir
    Path tmp;

    @Test
    void aSecondIndexRunWhileTheFirstBuildsExitsFourWithOneLineAndTheFirstCompletes() throws Exception {
        Path corpus = ChildFazhi.corpus(tmp.resolve("corpus"), FILES);
        Path index = tmp.resolve("index");
        Path logs = tmp.resolve("logs");
        Process first = ChildFazhi.start(logs, "first", "index", "--index", index.toString(), corpus.toString());
        waitForWriter(index, first);
        Process second = ChildFazhi.start(logs, "second", "index", "--index", index.toString(), "seeds");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertTrue(first.isAlive(), "the first build should still be running; make the corpus larger");
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), ChildFazhi.stderr(logs, "first"));
        assertEquals(4, second.exitValue());
        assertEquals("fazhi index: index " + index + " is being written by another process (pid " + first.pid()
                + "); try again when it finishes", ChildFazhi.stderr(logs, "second").strip());
        try (SearchService s = SearchService.open(index)) {
            assertEquals(ChildFazhi.reportsIndexed(logs, "first"), s.index().stats().reports());
        }
    }

    @Test
    void aBuildKilledAtRandomPointsLeavesThePreviousCommitServedAndTheNextRunSucceeds() throws Exception {
        Path corpus = ChildFazhi.corpus(tmp.resolve("corpus"), FILES);
        Path index = tmp.resolve("index");
        Path logs = tmp.resolve("logs");
        Process seeds = ChildFazhi.start(logs, "seeds", "index", "--index", index.toString(), "seeds");
        assertTrue(seeds.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, seeds.exitValue(), ChildFazhi.stderr(logs, "seeds"));
        long seedSections;
        try (SearchService s = SearchService.open(index)) {
            seedSections = s.index().stats().sections();
        }
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        try (SearchService served = SearchService.open(index)) {
            for (int round = 0; round < 3; round++) {
                Process build = ChildFazhi.start(logs, "killed" + round, "index", "--index", index.toString(),
                        corpus.toString());
                Thread.sleep(300 + random.nextInt(2500)); // JVM start, parsing, writing or merging
                build.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
                build.waitFor();
                served.index().refresh();
                assertEquals(ChildFazhi.reportsIndexed(logs, "seeds"), served.index().stats().reports(),
                        "round " + round + ", seed " + seed);
                try (SearchService fresh = SearchService.open(index)) {
                    assertEquals(seedSections, fresh.index().stats().sections(), "round " + round + ", seed " + seed);
                }
            }
        }
        Process again = ChildFazhi.start(logs, "again", "index", "--index", index.toString(), corpus.toString());
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), ChildFazhi.stderr(logs, "again"));
        try (SearchService s = SearchService.open(index)) {
            assertEquals(ChildFazhi.reportsIndexed(logs, "again"), s.index().stats().reports());
        }
    }

    private static void waitForWriter(Path index, Process writer) throws InterruptedException {
        Path pid = index.resolve(IndexFolder.PID_FILE);
        for (int i = 0; i < 600 && !Files.exists(pid); i++) {
            assertTrue(writer.isAlive(), "the first build ended before it took the folder");
            Thread.sleep(50);
        }
        assertTrue(Files.exists(pid), "the first build never took the folder");
    }
}

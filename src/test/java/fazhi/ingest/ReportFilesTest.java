package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder expands to: links followed, loops and odd files named with a reason, sources never absolute. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportFilesTest {
    @TempDir
    Path tmp;

    private Map<String, String> problems(Path folder) {
        return ReportFiles.find(List.of(folder)).stream().collect(Collectors.toMap(ReportFiles.ReportFile::source,
                f -> f.problem() == null ? "" : f.problem()));
    }

    @Test
    void symlinked_files_and_folders_are_followed_and_a_loop_is_named_once() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.txt"), "乙");
        Files.writeString(tmp.resolve("a.txt"), "甲");
        Files.createSymbolicLink(corpus.resolve("a.txt"), tmp.resolve("a.txt"));
        Files.createSymbolicLink(corpus.resolve("more"), elsewhere);
        Files.createSymbolicLink(elsewhere.resolve("back"), corpus); // corpus/more/back → corpus: a loop
        Map<String, String> found = problems(corpus);
        assertEquals("", found.get("corpus/a.txt"));
        assertEquals("", found.get("corpus/more/b.txt"));
        assertTrue(found.get("corpus/more/back").startsWith("symbolic link loop"), found.toString());
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void a_broken_link_and_a_fifo_in_a_folder_are_listed_with_their_reason() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
        Path fifo = corpus.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Map<String, String> found = problems(corpus);
        assertEquals("broken symbolic link", found.get("corpus/gone.txt"));
        assertTrue(found.get("corpus/pipe.txt").startsWith("not a regular file"), found.toString());
    }

    @Test
    void a_fifo_or_a_device_given_by_name_is_refused_by_type_without_reading() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
            ReportReadException e = assertThrows(ReportReadException.class, () -> ReportReader.read(special));
            assertTrue(e.getMessage().startsWith("not a regular file"), e.getMessage());
        }
    }

    @Test
    void sources_are_relative_to_the_folder_given_or_the_file_name() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus/sub"));
        Files.writeString(corpus.resolve("c.txt"), "丙");
        List<ReportFiles.ReportFile> found = ReportFiles.find(List.of(tmp.resolve("corpus"),
                corpus.resolve("c.txt").toAbsolutePath()));
        assertEquals(List.of("corpus/sub/c.txt", "c.txt"), found.stream().map(ReportFiles.ReportFile::source).toList());
        assertNull(found.get(0).problem());
    }
}

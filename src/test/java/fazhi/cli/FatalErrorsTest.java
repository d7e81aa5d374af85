package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.IndexStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every fatal case of an index folder: one line on stderr naming the folder and the cause, exit 4, no trace. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FatalErrorsTest {
    @TempDir
    Path tmp;

    private record Run(int code, String err) {
    }

    private static Run fazhi(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fazhi.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Exit 4 and exactly one line on stderr, which starts with {@code start}. */
    private static void fatal(Run run, String start) {
        assertEquals(4, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith(start), run.err());
    }

    @Test
    void an_index_path_that_is_a_file() throws Exception {
        Path file = Files.writeString(tmp.resolve("index"), "x");
        String line = "index " + file + " is a file, not a folder";
        fatal(fazhi("index", "--index", file.toString(), "seeds"), "fazhi index: " + line);
        fatal(fazhi("search", "--index", file.toString(), "村"), "fazhi search: " + line);
        fatal(fazhi("serve", "--index", file.toString(), "--port", "0"), "fazhi serve: " + line);
    }

    @Test
    void an_index_folder_whose_parent_cannot_hold_it() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path index = file.resolve("index");
        fatal(fazhi("index", "--index", index.toString(), "seeds"),
                "fazhi index: cannot create index folder " + index + " (");
    }

    @Test
    void a_read_only_index_folder() throws Exception {
        Path index = Files.createDirectories(tmp.resolve("index"));
        Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(index), "running as root: permissions do not bind");
            fatal(fazhi("index", "--index", index.toString(), "seeds"),
                    "fazhi index: index " + index + " cannot be written (permission denied)");
        } finally {
            Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void a_damaged_current_index_and_a_full_rebuild_repairs_it() throws Exception {
        Path index = tmp.resolve("index");
        assertEquals(0, fazhi("index", "--index", index.toString(), "seeds").code());
        Path segments;
        try (Stream<Path> files = Files.list(index)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(segments, bytes);
        String line = "index " + index + " is damaged (";
        fatal(fazhi("search", "--index", index.toString(), "村"), "fazhi search: " + line);
        fatal(fazhi("serve", "--index", index.toString(), "--port", "0"), "fazhi serve: " + line);
        fatal(fazhi("index", "--index", index.toString(), "--add", "seeds"), "fazhi index: " + line);
        assertEquals(0, fazhi("index", "--index", index.toString(), "seeds").code());
        assertEquals(0, fazhi("search", "--index", index.toString(), "村").code());
    }

    @Test
    void an_index_folder_being_written_by_another_writer() throws Exception {
        Path index = tmp.resolve("index");
        String line = "index " + index + " is being written by another process (pid " + ProcessHandle.current().pid()
                + "); try again when it finishes";
        try (IndexStore.Build other = IndexStore.begin(index, false)) {
            assertEquals(line, fazhi("index", "--index", index.toString(), "seeds").err().strip()
                    .replace("fazhi index: ", ""));
            fatal(fazhi("index", "--index", index.toString(), "seeds"), "fazhi index: " + line);
            fatal(fazhi("serve", "--index", index.toString(), "--port", "0"), "fazhi serve: " + line);
        }
    }
}

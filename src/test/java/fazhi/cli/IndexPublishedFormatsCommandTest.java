package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.FormatFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of reports as downloaded: the readable ones are indexed, each unreadable one is named with its reason. */
class IndexPublishedFormatsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scanned_encrypted_and_damaged_files_are_named_and_the_others_indexed_with_exit_one() throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.write(reports.resolve("a-page.html"), FormatFixtures.html(StandardCharsets.UTF_8));
        Files.copy(Path.of("seeds/000_9083d36f983b8dd0.txt"), reports.resolve("b-seed.txt"));
        Files.write(reports.resolve("c-scan.pdf"), FormatFixtures.pdfWithoutText());
        Files.write(reports.resolve("d-locked.pdf"), FormatFixtures.encryptedPdf());
        byte[] docx = FormatFixtures.docx();
        Files.write(reports.resolve("e-broken.docx"), Arrays.copyOf(docx, docx.length / 2));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fazhi.run(new String[] {"index", "--index", tmp.resolve("index").toString(), reports.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);

        assertEquals(1, code, stderr);
        assertTrue(stdout.startsWith("indexed 2 reports"), stdout);
        assertTrue(stdout.contains("index now holds 2 reports, ") && stdout.contains("exactly the given paths"), stdout);
        assertTrue(stderr.contains("c-scan.pdf: a PDF without a text layer"), stderr);
        assertTrue(stderr.contains("d-locked.pdf: a PDF document that is encrypted"), stderr);
        assertTrue(stderr.contains("e-broken.docx: "), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack traces: " + stderr);
    }
}

package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fazhi parse}: JSON Lines on stdout, failures named on stderr, exit 0 / 1 / 2. */
class ParseCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(Json.MAPPER.readTree(line));
                }
            }
            return nodes;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Fazhi.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parses_the_seed_folder_into_one_json_line_per_report() throws Exception {
        Run run = run("parse", "seeds");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> reports = run.json();
        assertEquals(Fixtures.seeds().size(), reports.size());
        for (String field : List.of("source", "title", "issuer", "township", "county", "city", "province", "divisionCode", "year",
                "date", "warnings", "sections")) {
            assertTrue(reports.get(0).has(field), field);
        }
        JsonNode section = reports.get(0).get("sections").get(1);
        for (String field : List.of("id", "level", "heading", "headingPath", "category", "text")) {
            assertTrue(section.has(field), field);
        }
        assertEquals("seeds/000_9083d36f983b8dd0.txt", reports.get(0).get("source").asText());
        assertEquals(2022, reports.get(0).get("year").asInt());
        assertEquals("441823111", reports.get(0).get("divisionCode").asText());
    }

    @Test
    void a_failing_file_is_named_on_stderr_and_the_others_still_print() throws Exception {
        Files.copy(Fixtures.fixture("addressee.txt"), dir.resolve("a-good.txt"));
        Files.write(dir.resolve("b-scan.pdf"), "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(dir.resolve(".hidden.txt"), "ignored");

        Run run = run("parse", dir.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.json().size());
        assertTrue(run.err().contains("b-scan.pdf: cannot be read as a PDF document: the file is damaged"), run.err());
        assertTrue(run.err().contains("c-empty.txt: empty file"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file"), run.err());
        assertFalse(run.err().contains(".hidden"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack traces for bad input");
    }

    @Test
    void usage_errors_exit_with_two() {
        assertEquals(2, run().exit());
        assertEquals(2, run("parse").exit());
        assertEquals(2, run("frobnicate").exit());
        Run help = run("parse", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes"));
    }

    @Test
    void text_prints_the_lines_that_line_numbers_count_numbered_for_a_web_page_its_extracted_text() throws Exception {
        Path page = dir.resolve("page.html");
        Files.write(page, fazhi.ingest.FormatFixtures.html(StandardCharsets.UTF_8));
        Run parsed = run("parse", page.toString());
        Run text = run("parse", "--text", page.toString());
        assertEquals(0, text.exit(), text.err());
        List<String> lines = List.of(text.out().split("\n"));
        assertEquals("==> " + page + " <==", lines.getFirst());
        for (JsonNode section : parsed.json().getFirst().get("sections")) {
            if (section.get("heading").asText().isEmpty()) {
                continue;
            }
            String numbered = lines.get(section.get("line").asInt()); // line n follows the header, at index n
            assertTrue(numbered.matches(" *" + section.get("line").asInt() + "\t.*"), numbered);
            assertTrue(numbered.contains(section.get("heading").asText()), numbered);
        }
        assertFalse(text.out().contains("<p>"), "the extracted text, not the markup");
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.FormatFixtures;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.ingest.Section;
import fazhi.testing.Exports;
import fazhi.testing.FileLines;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import fazhi.testing.TempDirs;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code line} of every concordance row, export row and hit is the line of the report file that holds the
 * occurrence, found by reading the file (for the web page, the lines of its extracted text): on the seeds, a text
 * with page breaks and a saved web page, indexed.
 */
class OccurrenceLinesTest {
    private static final Path FILES = tempDir();
    /** The file each report was read from, by report id, and its sections by id. */
    private static final Map<String, FileLines> FILE_OF = new HashMap<>();
    private static final Map<String, Section> SECTION = new HashMap<>();
    private static final List<String> QUERIES = List.of("法治", "调解", "法律顾问", "政府", "事项", "宣传");

    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(OccurrenceLinesTest::reports);

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("fazhi-occurrence-lines");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Report> reports() throws Exception {
        List<Path> files = new ArrayList<>(fazhi.ingest.Fixtures.seeds());
        files.add(fazhi.ingest.Fixtures.fixture("page-breaks.txt"));
        Path page = FILES.resolve("page.html");
        Files.write(page, FormatFixtures.html(StandardCharsets.UTF_8));
        files.add(page);
        List<Report> reports = new ArrayList<>();
        for (Path file : files) {
            Report r = ReportReader.read(file);
            reports.add(r);
            FILE_OF.put(r.id(), FileLines.of(file));
            r.sections().forEach(s -> SECTION.put(s.id(), s));
        }
        return reports;
    }

    @AfterAll
    static void removeFiles() throws Exception {
        TempDirs.delete(FILES);
    }

    /** The line the file itself gives for a character of a section, 0 when a repeated passage leaves it open. */
    private static int fromFile(String reportId, String sectionId, boolean inHeading, int at) {
        Section s = SECTION.get(sectionId);
        return FILE_OF.get(reportId).lineOf(inHeading ? s.heading() : s.text(), at);
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Mode.EXACT, Map.of(), SortOrder.RELEVANCE, 1, 1);
    }

    @Test
    void every_concordance_row_names_the_file_line_of_its_occurrence() throws Exception {
        Concordance concordance = new Concordance(INDEX.service());
        int checked = 0;
        int placeable = 0;
        for (String q : QUERIES) {
            Concordance.Result r = concordance.page(request(q), 10, Concordance.Sort.TOWNSHIP, 1, Concordance.MAX_SIZE);
            assertTrue(r.total() <= Concordance.MAX_SIZE, "one page holds them all: " + q);
            for (Concordance.Row row : r.rows()) {
                checked++;
                int expected = fromFile(row.reportId(), row.sectionId(), row.inHeading(), row.at());
                if (expected > 0) {
                    placeable++;
                    assertEquals(expected, row.line(), () -> q + " in " + row.sectionId() + " at " + row.at());
                }
            }
        }
        assertTrue(checked > 200 && placeable * 10 >= checked * 9, placeable + " of " + checked);
    }

    @Test
    void a_match_below_a_page_break_names_its_own_line_not_its_paragraphs_first() throws Exception {
        Concordance concordance = new Concordance(INDEX.service());
        Concordance.Row row = concordance.page(request("\"56条\""), 10, Concordance.Sort.TOWNSHIP, 1, 10).rows()
                .getFirst();
        int expected = fromFile(row.reportId(), row.sectionId(), false, row.at());
        assertTrue(expected > 0);
        assertEquals(expected, row.line());
        Section s = SECTION.get(row.sectionId());
        int paragraphStart = s.text().lastIndexOf('\n', row.at()) + 1;
        assertNotEquals(s.lineAt(false, paragraphStart), row.line(), "the paragraph began on an earlier line");
    }

    @Test
    void a_hit_names_the_file_line_of_its_first_match_and_its_offset() throws Exception {
        int checked = 0;
        for (String q : QUERIES) {
            for (Hit hit : Searches.all(INDEX.service(), q, Mode.EXACT)) {
                Section s = SECTION.get(hit.id());
                boolean inHeading = hit.at() == null;
                int at = inHeading ? hit.headingMarks().getFirst().start() : hit.at();
                if (!inHeading) {
                    assertTrue(hit.headingMarks().isEmpty(), "a match in the heading comes first");
                    assertEquals(s.text().indexOf(q), at, "the first match of the text");
                }
                int expected = fromFile(hit.reportId(), hit.id(), inHeading, at);
                if (expected > 0) {
                    checked++;
                    assertEquals(expected, hit.line(), () -> q + " " + hit.id());
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
        Hit browsing = INDEX.service().search(SearchRequest.of("")).hits().getFirst();
        assertEquals(SECTION.get(browsing.id()).line(), browsing.line(), "without a query: the section's start");
        assertEquals(null, browsing.at());
    }

    @Test
    void export_rows_carry_the_same_lines_as_the_concordance_and_the_hits() throws Exception {
        for (String q : List.of("调解", "法律顾问")) {
            List<Map<String, String>> occurrences = export(q, Exporter.Unit.OCCURRENCES);
            List<Concordance.Row> rows = new Concordance(INDEX.service())
                    .page(request(q), 30, Concordance.Sort.TOWNSHIP, 1, Concordance.MAX_SIZE).rows();
            assertEquals(rows.size(), occurrences.size());
            Map<String, List<String>> kwicLines = new HashMap<>();
            Map<String, List<String>> exportLines = new HashMap<>();
            rows.forEach(r -> kwicLines.computeIfAbsent(r.sectionId(), k -> new ArrayList<>())
                    .add(Integer.toString(r.line())));
            occurrences.forEach(r -> exportLines.computeIfAbsent(r.get("sectionId"), k -> new ArrayList<>())
                    .add(r.get("line")));
            kwicLines.values().forEach(l -> l.sort(null));
            exportLines.values().forEach(l -> l.sort(null));
            assertEquals(kwicLines, exportLines, q);

            Map<String, Integer> hitLines = new HashMap<>();
            Searches.all(INDEX.service(), q, Mode.EXACT).forEach(h -> hitLines.put(h.id(), h.line()));
            List<Map<String, String>> sections = export(q, Exporter.Unit.SECTIONS);
            assertEquals(hitLines.size(), sections.size());
            sections.forEach(r -> assertEquals(hitLines.get(r.get("sectionId")), Integer.valueOf(r.get("line"))));
        }
    }

    private static List<Map<String, String>> export(String q, Exporter.Unit unit) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        new Exporter(INDEX.service()).export(request(q), unit, Exporter.Format.CSV, "", () -> writer);
        writer.flush();
        return Exports.csv(bytes.toByteArray());
    }
}

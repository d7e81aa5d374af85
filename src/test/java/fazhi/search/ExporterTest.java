package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Report;
import fazhi.testing.Exports;
import fazhi.testing.GeneratedIndex;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exports on the generated corpus of 2,000 reports: every result, once, readable back with its Chinese intact. */
class ExporterTest {
    private static GeneratedIndex index;
    private static Exporter exporter;

    @BeforeAll
    static void build() {
        index = GeneratedIndex.get();
        exporter = new Exporter(index.service());
    }

    static byte[] export(String q, Map<String, List<String>> filters, Exporter.Unit unit, Exporter.Format format)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        exporter.export(new SearchRequest(q, Mode.EXACT, filters, SortOrder.RELEVANCE, 1, 1), unit, format,
                "http://example.org", () -> writer);
        writer.flush();
        return bytes.toByteArray();
    }

    static List<Map<String, String>> csv(byte[] bytes) throws Exception {
        return Exports.csv(bytes);
    }

    static List<JsonNode> jsonl(byte[] bytes) throws Exception {
        return Exports.jsonl(bytes);
    }

    @Test
    void a_section_export_has_one_row_per_matching_section_beyond_the_paging_window() throws Exception {
        SearchResult all = index.service().search(SearchRequest.of(""));
        assertTrue(all.total() > SearchRequest.MAX_WINDOW, "the corpus exceeds the 10,000-hit window");
        List<Map<String, String>> rows = csv(export("", Map.of(), Exporter.Unit.SECTIONS, Exporter.Format.CSV));
        assertEquals(all.total(), rows.size());
        assertEquals(all.total(), rows.stream().map(r -> r.get("sectionId")).distinct().count());
        assertEquals(Exporter.columns(Exporter.Unit.SECTIONS), new ArrayList<>(rows.getFirst().keySet()));
    }

    @Test
    void the_csv_reads_back_with_its_chinese_and_citation_columns_intact() throws Exception {
        Map<String, Report> reports = new HashMap<>();
        index.reports().forEach(r -> reports.put(r.id(), r));
        SearchResult search = index.service().search(SearchRequest.of("法律顾问"));
        List<Map<String, String>> rows = csv(export("法律顾问", Map.of(), Exporter.Unit.SECTIONS,
                Exporter.Format.CSV));
        assertEquals(search.total(), rows.size());
        long matches = 0;
        for (Map<String, String> row : rows) {
            Report r = reports.get(row.get("reportId"));
            assertEquals(r.township(), row.get("township"));
            assertEquals(r.title(), row.get("title"));
            assertEquals(String.valueOf(r.year()), row.get("year"));
            assertEquals(r.issuer() == null ? "" : r.issuer(), row.get("issuer"));
            assertTrue(row.get("text").contains("法律顾问") || row.get("text").contains("法律顧問"));
            assertEquals("http://example.org/?report=" + r.id() + "&section=" + row.get("sectionId"), row.get("url"));
            matches += Long.parseLong(row.get("matches"));
        }
        assertEquals(search.occurrences(), matches);
    }

    @Test
    void occurrence_and_report_exports_have_as_many_rows_as_the_search_counts() throws Exception {
        Map<String, List<String>> filters = Map.of("province", List.of("湖南省", "浙江省"));
        SearchResult search = index.service().search(new SearchRequest("调解", Mode.EXACT, filters,
                SortOrder.RELEVANCE, 1, 10));
        List<JsonNode> occurrences = jsonl(export("调解", filters, Exporter.Unit.OCCURRENCES, Exporter.Format.JSONL));
        assertEquals(search.occurrences(), occurrences.size());
        occurrences.forEach(o -> assertEquals("调解", o.get("match").asText()));
        List<Map<String, String>> reports = csv(export("调解", filters, Exporter.Unit.REPORTS, Exporter.Format.CSV));
        assertEquals(search.reports(), reports.size());
        Set<String> ids = new HashSet<>();
        long sections = 0;
        long matches = 0;
        for (Map<String, String> r : reports) {
            assertTrue(ids.add(r.get("reportId")));
            sections += Long.parseLong(r.get("sections"));
            matches += Long.parseLong(r.get("matches"));
        }
        assertEquals(search.total(), sections);
        assertEquals(search.occurrences(), matches);
    }

    @Test
    void a_query_that_cannot_be_read_fails_before_anything_is_written() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThrows(QuerySyntaxException.class, () -> exporter.export(SearchRequest.of("\"法律"),
                Exporter.Unit.SECTIONS, Exporter.Format.CSV, "", () -> new OutputStreamWriter(bytes,
                        StandardCharsets.UTF_8)));
        assertEquals(0, bytes.size());
    }
}

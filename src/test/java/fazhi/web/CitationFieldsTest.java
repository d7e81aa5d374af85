package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Report;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What a researcher cites — signing body, addressee, signing date, closing, division code and level, the evidence
 * of the year and the parser's warnings — reaches every answer that names a report, equal to what was indexed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitationFieldsTest {
    private final TestServer server = TestServer.get();
    private final Map<String, Report> indexed = server.reports.stream()
            .collect(Collectors.toMap(Report::id, Function.identity()));

    /** The citation fields of a report, as the API spells them. */
    private static Map<String, Object> expected(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", r.issuer());
        m.put("addressee", r.addressee());
        m.put("date", r.date());
        m.put("divisionCode", r.divisionCode());
        m.put("divisionLevel", r.divisionLevel());
        m.put("yearSource", r.yearSource());
        m.put("closing", r.closing());
        m.put("warnings", r.warnings());
        return m;
    }

    private static Map<String, Object> actual(JsonNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String field : List.of("issuer", "addressee", "date", "divisionCode", "divisionLevel", "yearSource",
                "closing")) {
            assertTrue(node.has(field), field + " missing in " + node);
            m.put(field, node.get(field).isNull() ? null : node.get(field).asText());
        }
        List<String> warnings = new ArrayList<>();
        node.get("warnings").forEach(w -> warnings.add(w.asText()));
        m.put("warnings", warnings);
        return m;
    }

    private JsonNode get(String path) {
        return Json.ok(server.get(path));
    }

    @Test
    void the_test_data_fills_every_citation_field_somewhere() {
        Map<String, Object> filled = new LinkedHashMap<>();
        for (Report r : server.reports) {
            expected(r).forEach((k, v) -> {
                if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                    filled.put(k, v);
                }
            });
        }
        assertEquals(expected(server.reports.getFirst()).keySet(), filled.keySet());
    }

    @Test
    void every_report_listed_and_every_whole_report_carries_its_citation_fields() {
        JsonNode list = get("/api/reports").get("reports");
        assertEquals(indexed.size(), list.size());
        for (JsonNode summary : list) {
            Report r = indexed.get(summary.get("id").asText());
            assertEquals(expected(r), actual(summary), r.id());
            assertEquals(expected(r), actual(get("/api/reports/" + r.id()).get("report")), r.id());
        }
    }

    @Test
    void a_section_carries_its_reports_citation_fields() {
        for (Report r : server.reports) {
            String id = r.sections().getLast().id();
            assertEquals(expected(r), actual(get("/api/sections/" + id).get("report")), id);
        }
    }

    @Test
    void every_hit_carries_its_reports_citation_fields() {
        int seen = 0;
        long total;
        int page = 1;
        do {
            JsonNode result = get("/api/search?size=100&page=" + page++);
            total = result.get("total").asLong();
            for (JsonNode hit : result.get("hits")) {
                Report r = indexed.get(hit.get("reportId").asText());
                assertEquals(expected(r), actual(hit), hit.get("id").asText());
                seen++;
            }
        } while (seen < total);
        assertEquals(server.reports.stream().mapToLong(r -> r.sections().size()).sum(), seen);
    }

    @Test
    void year_source_filters_the_search_and_is_counted_as_a_facet() {
        Map<String, Long> bySource = new TreeMap<>();
        for (Report r : server.reports) {
            if (r.yearSource() != null) {
                bySource.merge(r.yearSource(), (long) r.sections().size(), Long::sum);
            }
        }
        Map<String, Long> counted = new TreeMap<>();
        get("/api/facets").get("facets").get("yearSource")
                .forEach(v -> counted.put(v.get("value").asText(), v.get("count").asLong()));
        assertEquals(bySource, counted);
        for (Map.Entry<String, Long> e : bySource.entrySet()) {
            assertEquals(e.getValue(), get("/api/search?yearSource=" + e.getKey()).get("total").asLong(), e.getKey());
            assertEquals(e.getValue(), get("/api/search?q=" + URLEncoder.encode("yearSource:" + e.getKey(),
                    StandardCharsets.UTF_8)).get("total").asLong(), e.getKey());
        }
        assertEquals(400, server.get("/api/search?yearSource=guess").statusCode());
    }
}

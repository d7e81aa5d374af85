package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Report;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Sections, reports, facets and health. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowseEndpointsTest {
    private final TestServer server = TestServer.get();

    private JsonNode get(String path) {
        return Json.ok(server.get(path));
    }

    /** Report id → number of sections, from the reports the test server indexed. */
    private Map<String, Integer> indexedSections() {
        return server.reports.stream().collect(Collectors.toMap(Report::id, r -> r.sections().size()));
    }

    @Test
    void health_counts_the_indexed_reports_and_sections() {
        JsonNode health = get("/api/health");
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("index").asText().startsWith("segments_"));
        Map<String, Integer> expected = indexedSections();
        assertEquals(expected.size(), health.get("reports").asLong());
        assertEquals(expected.values().stream().mapToLong(Integer::longValue).sum(), health.get("sections").asLong());
    }

    @Test
    void reports_list_metadata_of_every_report() {
        JsonNode reports = get("/api/reports").get("reports");
        Map<String, Integer> listed = new HashMap<>();
        JsonNode hostile = null;
        for (JsonNode r : reports) {
            assertTrue(r.has("title") && r.has("province") && r.has("county") && r.has("township") && r.has("year"));
            listed.put(r.get("id").asText(), r.get("sections").asInt());
            if (r.get("id").asText().equals(TestServer.HOSTILE_ID)) {
                hostile = r;
            }
        }
        assertEquals(indexedSections(), listed);
        assertNotNull(hostile);
        assertEquals("试验镇", hostile.get("township").asText());
        assertEquals(2019, hostile.get("year").asInt());
    }

    @Test
    void a_report_holds_all_its_sections_in_reading_order() {
        for (JsonNode summary : get("/api/reports").get("reports")) {
            JsonNode view = get("/api/reports/" + summary.get("id").asText());
            assertEquals(summary, view.get("report"));
            JsonNode sections = view.get("sections");
            assertEquals(summary.get("sections").asInt(), sections.size());
            for (int i = 1; i < sections.size(); i++) {
                assertTrue(sections.get(i - 1).get("ordinal").asInt() < sections.get(i).get("ordinal").asInt());
            }
        }
    }

    @Test
    void a_section_comes_whole_with_its_report_and_neighbours() {
        JsonNode sections = get("/api/reports/r1").get("sections");
        for (int i = 0; i < sections.size(); i++) {
            String id = sections.get(i).get("id").asText();
            JsonNode view = get("/api/sections/" + id);
            assertEquals(sections.get(i), view.get("section"));
            assertEquals("r1", view.get("report").get("id").asText());
            assertEquals(i == 0 ? null : sections.get(i - 1).get("id").asText(), text(view.get("previous")));
            assertEquals(i == sections.size() - 1 ? null : sections.get(i + 1).get("id").asText(),
                    text(view.get("next")));
        }
    }

    private static String text(JsonNode n) {
        return n.isNull() ? null : n.asText();
    }

    @Test
    void with_a_query_a_section_marks_its_matches_folding_traditional_characters() {
        // r1's shortcomings section says 法律顧問 in traditional characters
        JsonNode view = get("/api/sections/r1-3?q=" + URLEncoder.encode("法律顾问", StandardCharsets.UTF_8));
        String text = view.get("section").get("text").asText();
        JsonNode marks = view.get("section").get("textMarks");
        assertEquals(1, marks.size());
        assertEquals("法律顧問", text.substring(marks.get(0).get("start").asInt(), marks.get(0).get("end").asInt()));
    }

    @Test
    void marks_in_a_report_agree_with_the_search_match_counts() {
        String q = URLEncoder.encode("调解", StandardCharsets.UTF_8);
        JsonNode hits = get("/api/search?size=100&q=" + q).get("hits");
        for (JsonNode hit : hits) {
            JsonNode s = get("/api/sections/" + hit.get("id").asText() + "?q=" + q).get("section");
            assertEquals(hit.get("matches").asInt(), s.get("textMarks").size() + s.get("headingMarks").size(),
                    hit.get("id").asText());
        }
    }

    @Test
    void without_a_query_nothing_is_marked() {
        JsonNode s = get("/api/sections/r1-0").get("section");
        assertEquals(0, s.get("textMarks").size());
        assertEquals(0, s.get("headingMarks").size());
    }

    @Test
    void facets_count_every_section_and_follow_the_filters() {
        long sections = get("/api/health").get("sections").asLong();
        JsonNode all = get("/api/facets");
        assertEquals(sections, all.get("total").asLong());
        assertEquals(List.of("year", "province", "city", "county", "township", "category", "yearSource"),
                iterate(all.get("facets").fieldNames()));
        long byCategory = 0;
        for (JsonNode v : all.get("facets").get("category")) {
            byCategory += v.get("count").asLong();
        }
        assertEquals(sections, byCategory); // every section has exactly one category
        JsonNode plans = get("/api/facets?category=plans&category=shortcomings");
        long expected = 0;
        for (JsonNode v : all.get("facets").get("category")) {
            if (List.of("plans", "shortcomings").contains(v.get("value").asText())) {
                expected += v.get("count").asLong();
            }
        }
        assertEquals(expected, plans.get("total").asLong());
        assertEquals(all.get("facets").get("category"), plans.get("facets").get("category")); // drill-sideways
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

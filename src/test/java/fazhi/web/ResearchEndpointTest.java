package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.Report;
import fazhi.testing.Expected;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The research endpoints and counting units over HTTP, against what the test server indexed. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResearchEndpointTest {
    private final TestServer server = TestServer.get();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertBadRequest(HttpResponse<String> response, String says) {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = Json.parse(response.body());
        assertEquals("bad_parameter", body.get("error").asText());
        assertTrue(body.get("message").asText().contains(says), body.toString());
    }

    @Test
    void search_answers_carry_sections_reports_and_occurrences() {
        List<Expected.Row> matching = Expected.matching(Expected.rows(server.reports), List.of("法律顾问"), r -> true);
        JsonNode r = Json.ok(server.get("/api/search?q=" + enc("法律顾问") + "&count=reports"));
        assertEquals(matching.size(), r.get("total").asInt());
        assertEquals(matching.stream().map(m -> m.report().id()).distinct().count(), r.get("reports").asLong());
        assertEquals(matching.stream().mapToLong(m -> m.matches(List.of("法律顾问"))).sum(),
                r.get("occurrences").asLong());
        assertEquals("reports", r.get("count").asText());
        long reports2023 = matching.stream().map(Expected.Row::report).filter(rep -> Integer.valueOf(2023)
                .equals(rep.year())).map(Report::id).distinct().count();
        JsonNode years = r.get("facets").get("year");
        for (JsonNode y : years) {
            if (y.get("value").asText().equals("2023")) {
                assertEquals(reports2023, y.get("count").asLong());
            }
        }
    }

    @Test
    void facets_count_reports_when_asked() {
        JsonNode r = Json.ok(server.get("/api/facets?count=reports"));
        assertEquals("reports", r.get("count").asText());
        assertEquals(server.reports.size(), r.get("reports").asInt());
        long sum = 0;
        for (JsonNode y : r.get("facets").get("year")) {
            sum += y.get("count").asLong();
        }
        assertEquals(server.reports.stream().filter(rep -> rep.year() != null).count(), sum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?count=pages", "/api/facets?count=", "/api/facets?count=x&count=reports"})
    void an_unknown_count_unit_is_400(String path) {
        HttpResponse<String> r = server.get(path);
        if (path.endsWith("count=")) { // empty counts as absent, as everywhere
            assertEquals(200, r.statusCode());
            return;
        }
        assertBadRequest(r, "count");
    }

    @Test
    void kwic_lists_every_occurrence_with_its_context_and_a_permalink() {
        List<Expected.Row> matching = Expected.matching(Expected.rows(server.reports), List.of("调解"), r -> true);
        long occurrences = matching.stream().mapToLong(m -> m.matches(List.of("调解"))).sum();
        JsonNode r = Json.ok(server.get("/api/kwic?q=" + enc("调解") + "&context=8&sort=right&size=500"));
        assertEquals(occurrences, r.get("total").asLong());
        assertEquals(occurrences, r.get("rows").size());
        String previous = "";
        for (JsonNode row : r.get("rows")) {
            assertEquals("调解", row.get("match").asText());
            assertTrue(row.get("left").asText().length() <= 8);
            assertTrue(previous.compareTo(row.get("right").asText()) <= 0);
            previous = row.get("right").asText();
            assertTrue(row.get("permalink").asText().startsWith("/?report="));
            assertTrue(row.get("line").asInt() >= row.get("sectionLine").asInt());
        }
    }

    @Test
    void export_streams_csv_with_a_bom_and_jsonl_with_one_object_per_line() throws Exception {
        List<Expected.Row> matching = Expected.matching(Expected.rows(server.reports), List.of("法律顾问"), r -> true);
        HttpResponse<byte[]> csv = server.getBytes("/api/export?q=" + enc("法律顾问"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<java.util.Map<String, String>> rows = fazhi.testing.Exports.csv(csv.body());
        assertEquals(matching.size(), rows.size());
        assertTrue(rows.getFirst().get("url").startsWith(server.base + "/?report="));
        HttpResponse<String> jsonl = server.get("/api/export?format=jsonl&unit=reports&q=" + enc("法律顾问"));
        assertEquals(200, jsonl.statusCode());
        String[] lines = jsonl.body().split("\n");
        assertEquals(matching.stream().map(m -> m.report().id()).distinct().count(), lines.length);
        for (String line : lines) {
            assertTrue(Json.parse(line).has("reportId"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/kwic?q=x&context=999", "/api/kwic?q=x&sort=middle", "/api/kwic?q=x&size=0",
            "/api/kwic?q=x&page=-1", "/api/kwic?q=x&color=red", "/api/export?q=x&format=xlsx",
            "/api/export?q=x&unit=words", "/api/export?q=x&page=2", "/api/kwic?q=x&year=later"})
    void bad_research_parameters_are_400_with_a_reason(String path) {
        HttpResponse<String> r = server.get(path);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("bad_parameter", Json.parse(r.body()).get("error").asText());
    }

    @Test
    void a_bad_query_in_an_export_is_a_json_400_not_a_download() {
        HttpResponse<String> r = server.get("/api/export?q=" + enc("\"法律"));
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Disposition").isEmpty());
        assertEquals("bad_query", Json.parse(r.body()).get("error").asText());
    }

    @Test
    void a_facet_dimension_pages_through_all_its_values_and_loads_children_by_their_parent() {
        java.util.Map<String, Long> townships = new java.util.TreeMap<>();
        server.reports.stream().filter(r -> r.township() != null)
                .forEach(r -> townships.merge(r.township(), (long) r.sections().size(), Long::sum));
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode p = Json.ok(server.get("/api/facets/township?size=2&page=" + page));
            assertEquals(townships.size(), p.get("total").asInt());
            p.get("values").forEach(v -> {
                seen.add(v.get("value").asText());
                assertEquals(townships.get(v.get("value").asText()), v.get("count").asLong());
            });
            if (p.get("values").size() < 2) {
                break;
            }
        }
        assertEquals(new java.util.TreeSet<>(townships.keySet()), new java.util.TreeSet<>(seen));
        assertEquals(townships.size(), seen.size());
        // children on demand: the counties of one province, counted in reports
        JsonNode counties = Json.ok(server.get("/api/facets/county?count=reports&province=" + enc("广东省")));
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        server.reports.stream().filter(r -> "广东省".equals(r.province()) && r.county() != null)
                .forEach(r -> expected.merge(r.county(), 1L, Long::sum));
        java.util.Map<String, Long> got = new java.util.TreeMap<>();
        counties.get("values").forEach(v -> got.put(v.get("value").asText(), v.get("count").asLong()));
        assertEquals(expected, got);
        JsonNode prefixed = Json.ok(server.get("/api/facets/township?prefix=" + enc("小")));
        prefixed.get("values").forEach(v -> assertTrue(v.get("value").asText().startsWith("小")));
        assertTrue(prefixed.get("total").asInt() >= 1);
    }

    @Test
    void missing_lists_the_townships_no_province_or_county_holds_and_selected_names_the_chosen_values() {
        for (String missing : List.of("province", "county")) {
            java.util.Map<String, Long> expected = new java.util.TreeMap<>();
            server.reports.stream().filter(r -> r.township() != null)
                    .filter(r -> (missing.equals("province") ? r.province() : r.county()) == null)
                    .forEach(r -> expected.merge(r.township(), 1L, Long::sum));
            JsonNode p = Json.ok(server.get("/api/facets/township?count=reports&size=500&missing=" + missing));
            java.util.Map<String, Long> got = new java.util.TreeMap<>();
            p.get("values").forEach(v -> got.put(v.get("value").asText(), v.get("count").asLong()));
            assertEquals(expected, got, missing);
            assertEquals(List.of(missing), List.of(p.get("missing").get(0).asText()));
        }
        assertTrue(Json.ok(server.get("/api/facets/township?missing=province")).get("total").asInt() > 0,
                "the fixtures hold an unplaced township");
        String province = server.reports.stream().map(Report::province).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
        JsonNode chosen = Json.ok(server.get("/api/facets/province?province="
                + enc(province.substring(0, province.length() - 1)))); // 广东 for 广东省
        assertEquals(List.of(province), List.of(chosen.get("selected").get(0).asText()));
        assertEquals(1, chosen.get("selected").size());
        assertBadRequest(server.get("/api/facets/township?missing=township"), "missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facets/colour", "/api/facets/year?size=0", "/api/facets/year?page=0",
            "/api/facets/year?count=pages", "/api/facets/year?sort=year"})
    void bad_facet_page_parameters_are_400(String path) {
        HttpResponse<String> r = server.get(path);
        assertEquals(400, r.statusCode(), r.body());
    }
}

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
}

package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is JSON {"error", "message", "messageZh"} with the right status; nothing a client sends yields a 500. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApiErrorsTest {
    private final TestServer server = TestServer.get();

    static JsonNode error(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonNode body = Json.parse(response.body());
        List<String> fields = code.equals("unknown_value")
                ? List.of("error", "message", "messageZh", "suggestions", "dimension", "value")
                : List.of("error", "message", "messageZh");
        assertEquals(fields, List.copyOf(iterate(body)));
        assertEquals(code, body.get("error").asText());
        assertFalse(body.get("message").asText().isBlank());
        assertTrue(body.get("messageZh").asText().codePoints().anyMatch(fazhi.text.CharClass::isHan), body.toString());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        return body;
    }

    private static List<String> iterate(JsonNode body) {
        List<String> out = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest(name = "{0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            page=-1              | bad_parameter | page must be 1 or more
            page=0               | bad_parameter | page must be 1 or more
            page=abc             | bad_parameter | page must be a whole number
            page=1.5             | bad_parameter | page must be a whole number
            page=99999999999     | bad_parameter | page must be a whole number
            size=0               | bad_parameter | size must be between 1 and 100
            size=101             | bad_parameter | size must be between 1 and 100
            size=100000          | bad_parameter | size must be between 1 and 100
            page=200&size=100    | bad_parameter | may not exceed
            year=abc             | bad_parameter | year must be a number
            year=2023&year=20x3  | bad_parameter | year must be a number
            mode=fuzzy           | bad_parameter | unknown mode 'fuzzy'
            sort=random          | bad_parameter | unknown sort 'random'
            sort=-township       | bad_parameter | unknown sort
            category=nonsense    | bad_parameter | unknown category 'nonsense'
            towns=洋口镇          | bad_parameter | unknown parameter 'towns'
            page=1&page=2        | bad_parameter | 'page' may be given only once
            q=a&q=b              | bad_parameter | 'q' may be given only once
            q="法律顾问            | bad_query     | unbalanced quote
            q=(调解 OR           | bad_query     | at
            q=year:abc           | bad_query     | year
            township=洋囗镇       | unknown_value | no township '洋囗镇' in the index (nearest: 洋口镇
            q=province:火星 法治  | unknown_value | no province '火星' in the index (nearest:
            """)
    void bad_search_parameters_are_400_with_a_message_that_says_why(String query, String code, String says) {
        JsonNode body = error(server.get("/api/search?" + encodeValues(query)), 400, code);
        assertTrue(body.get("message").asText().contains(says), body.toString());
        if (code.equals("unknown_value")) { // which value was unknown, as given, so a client can replace it
            String value = says.replaceAll(".*'(.*)'.*", "$1");
            assertTrue(query.contains(value), query);
            assertEquals(value, body.get("value").asText());
            assertTrue(says.startsWith("no " + body.get("dimension").asText() + " "), body.toString());
        }
    }

    @ParameterizedTest(name = "/api/facets?{0} is refused")
    @CsvSource({"year=abc", "category=nonsense", "q=法律顾问", "page=2"})
    void bad_facet_parameters_are_400(String query) {
        error(server.get("/api/facets?" + encodeValues(query)), 400, "bad_parameter");
    }

    @Test
    void a_query_longer_than_the_parser_takes_is_400() {
        error(server.get("/api/search?q=" + "法".repeat(1001)), 400, "bad_query");
        error(server.get("/api/search?q=" + URLEncoder.encode("法".repeat(1001), StandardCharsets.UTF_8)), 400,
                "bad_query");
    }

    @Test
    void a_bad_query_for_marking_a_report_is_400() {
        error(server.get("/api/reports/r1?q=" + URLEncoder.encode("\"open", StandardCharsets.UTF_8)), 400,
                "bad_query");
        error(server.get("/api/sections/r1-0?q=" + URLEncoder.encode("(", StandardCharsets.UTF_8)), 400,
                "bad_query");
    }

    @ParameterizedTest(name = "GET {0} is 404")
    @CsvSource({"/api/nope", "/api", "/api/sections/no-such-section", "/api/reports/no-such-report",
            "/api/sections/", "/nope.html", "/js/nope.js", "/api/reports/r1/sections"})
    void unknown_ids_and_routes_are_404(String path) {
        error(server.get(path), 404, "not_found");
    }

    @Test
    void an_unknown_id_is_named_in_the_message() {
        JsonNode body = error(server.get("/api/reports/zzz"), 404, "not_found");
        assertTrue(body.get("message").asText().contains("zzz"));
    }

    @ParameterizedTest(name = "{0} {1} is 405")
    @CsvSource({"POST,/api/search", "PUT,/api/reports", "DELETE,/api/reports/r1", "PATCH,/api/health",
            "POST,/", "DELETE,/index.html", "POST,/api/nope"})
    void wrong_methods_are_405(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
        error(server.send(request), 405, "method_not_allowed");
    }

    @Test
    void hostile_queries_over_http_give_results_or_a_400_never_a_500() {
        List<String> queries = List.of("\"", "(", ")", "OR", "NOT", "-", "*", "?", "/", "\\", "::", "year:[",
                "year:[2021 TO", "heading:", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "\u0000\u0001",
                "😀", "法律顾问 AND", "((((((((((((((((((((法))))))))))))))))))))", "a".repeat(1000),
                "township:\"", "category:nonsense", "year:99999999999", "\uD800");
        for (String q : queries) {
            HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " → " + r.statusCode() + " " + r.body());
            if (r.statusCode() == 400) {
                error(r, 400, "bad_query");
            }
        }
    }

    /** Percent-encodes each value of a raw query string, keeping = and & as separators. */
    private static String encodeValues(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.append(out.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}

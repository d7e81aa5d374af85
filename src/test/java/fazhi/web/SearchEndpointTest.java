package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fazhi.cli.Fazhi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchEndpointTest {
    private final TestServer server = TestServer.get();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode search(String query) {
        return Json.ok(server.get("/api/search?" + query));
    }

    @Test
    void search_answers_with_the_same_object_as_the_search_command_with_json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Fazhi.run(new String[] {"search", "--index", server.indexDir.toString(), "--json", "--size", "20",
                "--filter", "year=2023", "法律顾问"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        ObjectNode cli = (ObjectNode) Json.parse(out.toString(StandardCharsets.UTF_8));
        ObjectNode api = (ObjectNode) search("q=" + enc("法律顾问") + "&size=20&year=2023");
        cli.remove("tookMs");
        api.remove("tookMs");
        assertEquals(cli, api);
        assertTrue(api.get("total").asInt() > 0);
    }

    @Test
    void every_hit_of_法律顾问_is_marked_in_its_snippet_and_counted() {
        JsonNode r = search("q=" + enc("法律顾问") + "&size=100");
        assertEquals(r.get("total").asInt(), r.get("hits").size());
        for (JsonNode hit : r.get("hits")) {
            assertTrue(hit.get("matches").asInt() >= 1, hit.toString());
            String snippet = hit.get("snippet").asText();
            assertTrue(snippet.contains("<mark>") || hit.get("heading").asText().contains("法律顾问"), snippet);
        }
    }

    @Test
    void values_of_one_filter_are_ored_and_different_filters_anded() {
        long y2022 = search("year=2022").get("total").asLong();
        long y2023 = search("year=2023").get("total").asLong();
        assertEquals(y2022 + y2023, search("year=2022&year=2023").get("total").asLong());
        JsonNode both = search("year=2023&category=plans&size=100");
        assertTrue(both.get("total").asLong() > 0);
        for (JsonNode hit : both.get("hits")) {
            assertEquals(2023, hit.get("year").asInt());
            assertEquals("plans", hit.get("category").asText());
        }
        assertTrue(both.get("total").asLong() < y2023);
    }

    @Test
    void facet_counts_of_a_chosen_year_still_show_the_other_years() {
        JsonNode years = search("q=" + enc("法律顾问") + "&year=2023").get("facets").get("year");
        assertTrue(years.size() > 1, years.toString());
    }

    @Test
    void sort_by_newest_year_puts_years_in_descending_order() {
        JsonNode hits = search("sort=-year&size=100").get("hits");
        List<Integer> years = new ArrayList<>();
        hits.forEach(h -> years.add(h.get("year").isNull() ? Integer.MIN_VALUE : h.get("year").asInt()));
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, years);
    }

    @Test
    void each_sort_order_is_accepted() {
        for (String sort : List.of("relevance", "year", "-year", "township")) {
            assertEquals(search("q=" + enc("调解")).get("total"), search("q=" + enc("调解") + "&sort=" + sort)
                    .get("total"), sort);
        }
    }

    @Test
    void page_two_continues_where_page_one_stopped() {
        JsonNode all = search("q=" + enc("政府") + "&size=6").get("hits");
        JsonNode first = search("q=" + enc("政府") + "&size=3&page=1").get("hits");
        JsonNode second = search("q=" + enc("政府") + "&size=3&page=2");
        assertEquals(2, second.get("page").asInt());
        assertEquals(3, second.get("size").asInt());
        List<String> paged = new ArrayList<>(Json.texts(first, "id"));
        paged.addAll(Json.texts(second.get("hits"), "id"));
        assertEquals(Json.texts(all, "id"), paged);
    }

    @Test
    void words_mode_is_reported_and_finds_at_least_what_exact_mode_finds() {
        JsonNode words = search("q=" + enc("法律顾问") + "&mode=words");
        assertEquals("words", words.get("mode").asText());
        assertTrue(words.get("total").asLong() >= search("q=" + enc("法律顾问")).get("total").asLong());
    }

    @Test
    void an_empty_query_lists_every_section_and_empty_filter_values_are_ignored() {
        long sections = Json.ok(server.get("/api/health")).get("sections").asLong();
        assertEquals(sections, search("q=&year=&page=").get("total").asLong());
    }

    @Test
    void a_hostile_report_comes_back_escaped_in_the_snippet() {
        JsonNode r = search("q=" + enc("审查") + "&township=" + enc("试验镇"));
        String snippet = r.get("hits").get(0).get("snippet").asText();
        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    }

    /** Larger than Jetty's default aggregation (8 KB), which sent such an answer in two chunks. */
    private static final String LARGE_PAGE = "/api/search?q=" + enc("政府") + "&size=50";

    @Test
    void a_page_of_hits_is_sent_whole_with_its_length_not_in_chunks() {
        HttpResponse<byte[]> r = server.getBytes(LARGE_PAGE);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length > 8192, "the page must be larger than 8 KB to show this: " + r.body().length);
        assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse("none"));
        assertTrue(r.headers().firstValue("Transfer-Encoding").isEmpty(), r.headers().toString());
    }

    @Test
    void with_gzip_accepted_a_page_is_compressed_whole_and_says_its_compressed_length() throws Exception {
        HttpResponse<byte[]> gzip = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(server.base + LARGE_PAGE)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse("none"));
        assertEquals(Long.toString(gzip.body().length), gzip.headers().firstValue("Content-Length").orElse("none"));
        byte[] json;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            json = in.readAllBytes();
        }
        ObjectNode unzipped = (ObjectNode) Json.parse(new String(json, StandardCharsets.UTF_8));
        ObjectNode plain = (ObjectNode) Json.ok(server.get(LARGE_PAGE));
        unzipped.remove("tookMs");
        plain.remove("tookMs");
        assertEquals(plain, unzipped);
    }
}

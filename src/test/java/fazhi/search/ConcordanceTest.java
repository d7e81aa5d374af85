package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.Expected;
import fazhi.testing.GeneratedIndex;
import fazhi.testing.OracleFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The concordance on the generated corpus of 2,000 reports: one row per counted match, ordered as stated. */
class ConcordanceTest {
    private static GeneratedIndex index;
    private static Concordance concordance;

    @BeforeAll
    static void build() {
        index = GeneratedIndex.get();
        concordance = new Concordance(index.service());
    }

    private static SearchRequest request(String q, Map<String, List<String>> filters) {
        return new SearchRequest(q, Mode.EXACT, filters, SortOrder.RELEVANCE, 1, 1);
    }

    /** Every row of a concordance, page by page. */
    private static List<Concordance.Row> all(String q, Map<String, List<String>> filters, Concordance.Sort sort,
                                             int context) throws Exception {
        List<Concordance.Row> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            Concordance.Result r = concordance.page(request(q, filters), context, sort, page, Concordance.MAX_SIZE);
            rows.addAll(r.rows());
            if (rows.size() >= r.total()) {
                assertEquals(r.total(), rows.size());
                return rows;
            }
        }
    }

    @Test
    void it_has_one_row_per_counted_match_across_the_whole_hit_set() throws Exception {
        List<Expected.Row> data = Expected.rows(index.reports());
        for (String q : List.of("法律顾问", "调解", "法律顾问 调解")) {
            List<String> terms = List.of(q.split(" "));
            long expected = Expected.matching(data, terms, r -> true).stream().mapToLong(m -> m.matches(terms)).sum();
            SearchResult search = index.service().search(SearchRequest.of(q));
            Concordance.Result first = concordance.page(request(q, Map.of()), 20, Concordance.Sort.TOWNSHIP, 1, 10);
            assertEquals(expected, first.total(), q);
            assertEquals(search.occurrences(), first.total(), q);
            assertEquals(search.total(), first.sections(), q);
        }
        List<Concordance.Row> rows = all("法律顾问", Map.of("year", List.of("2020")), Concordance.Sort.TOWNSHIP, 5);
        for (Concordance.Row r : rows) {
            assertEquals("法律顾问", OracleFolding.fold(r.match()));
            assertEquals(Integer.valueOf(2020), r.year());
            assertTrue(r.left().codePointCount(0, r.left().length()) <= 5);
            assertTrue(r.right().codePointCount(0, r.right().length()) <= 5);
            assertTrue(r.permalink().startsWith("/?report=" + r.reportId() + "&section=" + r.sectionId()));
        }
    }

    @Test
    void sorting_by_right_context_orders_rows_by_the_text_after_the_match_and_left_by_the_text_before_read_backwards()
            throws Exception {
        List<Concordance.Row> byTown = all("调解", Map.of("year", List.of("2021")), Concordance.Sort.TOWNSHIP, 10);
        List<Concordance.Row> byRight = all("调解", Map.of("year", List.of("2021")), Concordance.Sort.RIGHT, 10);
        List<Concordance.Row> byLeft = all("调解", Map.of("year", List.of("2021")), Concordance.Sort.LEFT, 10);
        assertTrue(byTown.size() > 20);
        List<String> rights = byRight.stream().map(Concordance.Row::right).toList();
        assertEquals(rights.stream().sorted().toList(), rights);
        List<String> lefts = byLeft.stream().map(r -> new StringBuilder(r.left()).reverse().toString()).toList();
        assertEquals(lefts.stream().sorted().toList(), lefts);
        assertEquals(new java.util.HashSet<>(byTown), new java.util.HashSet<>(byRight)); // same rows, other order
        assertTrue(!byTown.equals(byRight));
        List<Concordance.Row> towns = new ArrayList<>(byTown);
        towns.sort(Comparator.comparing(Concordance.Row::township));
        assertEquals(towns.stream().map(Concordance.Row::township).toList(),
                byTown.stream().map(Concordance.Row::township).toList());
    }

    @Test
    void bad_context_page_or_size_are_refused_with_a_reason() {
        assertThrows(IllegalArgumentException.class,
                () -> concordance.page(request("调解", Map.of()), Concordance.MAX_CONTEXT + 1, Concordance.Sort.LEFT, 1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> concordance.page(request("调解", Map.of()), 10, Concordance.Sort.LEFT, 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> concordance.page(request("调解", Map.of()), 10, Concordance.Sort.LEFT, 1, Concordance.MAX_SIZE + 1));
    }

    @Test
    void more_occurrences_than_it_lists_ask_for_a_narrower_search() throws Exception {
        Concordance small = new Concordance(index.service(), 1_000);
        assertTrue(concordance.page(request("调解", Map.of()), 10, Concordance.Sort.LEFT, 1, 10).total() > 1_000);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> small.page(request("调解", Map.of()), 10, Concordance.Sort.LEFT, 1, 10));
        assertTrue(e.getMessage().contains("export"), e.getMessage());
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.Fixtures;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingAndSortTest {
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::seedsAndFixtures);

    private static SearchResult page(String q, SortOrder sort, int page, int size, Map<String, List<String>> f)
            throws Exception {
        return INDEX.service().search(new SearchRequest(q, Mode.EXACT, f, sort, page, size));
    }

    @Test
    void pagesPartitionTheResultsWithoutGapsOrOverlapsInEveryOrder() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            List<String> whole = page("政府", sort, 1, 100, Map.of()).hits().stream().map(Hit::id).toList();
            List<String> paged = new ArrayList<>();
            for (int p = 1; p <= 100; p++) {
                SearchResult r = page("政府", sort, p, 7, Map.of());
                assertEquals(whole.size(), r.total());
                paged.addAll(r.hits().stream().map(Hit::id).toList());
                if (r.hits().size() < 7) {
                    break;
                }
            }
            assertEquals(whole, paged, sort.id());
        }
    }

    @Test
    void relevanceOrderHasPositiveNonIncreasingScores() throws Exception {
        List<Hit> hits = Searches.all(INDEX.service(), "法律顾问", Mode.EXACT);
        for (int i = 0; i < hits.size(); i++) {
            assertTrue(hits.get(i).score() > 0, hits.get(i).toString());
            assertTrue(i == 0 || hits.get(i - 1).score() >= hits.get(i).score());
        }
        SearchResult filtered = page("法律顾问", SortOrder.RELEVANCE, 1, 10, Map.of("year", List.of("2023")));
        assertTrue(filtered.hits().stream().allMatch(h -> h.score() > 0 && h.year() == 2023));
    }

    @Test
    void yearAndTownshipOrdersSortByTheirKeyWithUnknownsLast() throws Exception {
        Comparator<Integer> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        List<Integer> up = page("村", SortOrder.YEAR, 1, 100, Map.of()).hits().stream().map(Hit::year).toList();
        assertEquals(up.stream().sorted(nullsLast).toList(), up);
        List<Integer> down = page("村", SortOrder.YEAR_DESC, 1, 100, Map.of()).hits().stream().map(Hit::year).toList();
        assertEquals(down.stream().sorted(Comparator.nullsLast(Comparator.<Integer>reverseOrder())).toList(), down);
        List<String> towns = page("村", SortOrder.TOWNSHIP, 1, 100, Map.of()).hits().stream().map(Hit::township)
                .toList();
        // pinyin order, as the page's place tree lists townships: 泔溪镇 (gan) before 小江镇 (xiao) before 锦和镇 (jin)…
        Comparator<Object> pinyin = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.CHINESE);
        assertEquals(towns.stream().sorted(Comparator.nullsLast(pinyin::compare)).toList(), towns);
        assertNotEquals(towns.stream().sorted(Comparator.nullsLast(Comparator.<String>naturalOrder())).toList(), towns,
                "pinyin order is not code-point order for these names");
        assertTrue(up.size() > 10 && towns.stream().distinct().count() > 2);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButKeepsTheTotal() throws Exception {
        SearchResult r = page("法律顾问", SortOrder.RELEVANCE, 50, 100, Map.of());
        assertEquals(0, r.hits().size());
        assertTrue(r.total() > 0);
    }

    @Test
    void requestsOutsideTheLimitsAreRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> page("村", null, 0, 10, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> page("村", null, 1, 101, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> page("村", null, 101, 100, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> page("村", null, 1, 10, Map.of("year", List.of("abc"))));
        assertThrows(IllegalArgumentException.class, () -> page("村", null, 1, 10, Map.of("colour", List.of("x"))));
        assertThrows(IllegalArgumentException.class,
                () -> page("村", null, 1, 10, Map.of("category", List.of("nope"))));
    }
}

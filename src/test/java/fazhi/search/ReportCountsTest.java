package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Report;
import fazhi.testing.Expected;
import fazhi.testing.GeneratedIndex;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counting units on a generated corpus of 2,000 reports; every expected figure is computed from the reports. */
class ReportCountsTest {
    private static GeneratedIndex index;
    private static List<Expected.Row> rows;

    @BeforeAll
    static void build() {
        index = GeneratedIndex.get();
        rows = Expected.rows(index.reports());
    }

    private static SearchResult search(String q, Map<String, List<String>> filters, CountUnit unit)
            throws Exception {
        return index.service().search(new SearchRequest(q, Mode.EXACT, filters, SortOrder.RELEVANCE, 1, 10, unit));
    }

    private static long distinctReports(List<Expected.Row> matching) {
        return matching.stream().map(r -> r.report().id()).distinct().count();
    }

    @Test
    void the_corpus_has_at_least_two_thousand_reports() {
        assertTrue(index.reports().size() >= 2_000);
        assertEquals(index.reports().size(), rows.stream().map(r -> r.report().id()).distinct().count());
    }

    @Test
    void reports_are_the_distinct_report_ids_among_matching_sections_and_occurrences_the_sum_of_matches()
            throws Exception {
        for (List<String> terms : List.of(List.of("法律顾问"), List.of("调解"), List.of("法"), List.of("法治", "村"),
                List.of("12"), List.of("合法性审查"), List.<String>of())) {
            SearchResult r = search(String.join(" ", terms), Map.of(), CountUnit.SECTIONS);
            List<Expected.Row> matching = Expected.matching(rows, terms, rep -> true);
            assertEquals(matching.size(), r.total(), terms.toString());
            assertEquals(distinctReports(matching), r.reports(), terms.toString());
            assertEquals(matching.stream().mapToLong(m -> m.matches(terms)).sum(), r.occurrences(),
                    terms.toString());
            assertTrue(r.reports() <= r.total());
        }
    }

    @Test
    void counts_respect_the_filters() throws Exception {
        List<String> terms = List.of("法律顾问");
        // the generated corpus ties province and year (both follow k mod 7): 湖南省 is 2021, 江西省 2022
        SearchResult r = search("法律顾问", Map.of("year", List.of("2021", "2022"), "province",
                List.of("湖南省", "四川省")), CountUnit.SECTIONS);
        Predicate<Report> filter = rep -> List.of(2021, 2022).contains(rep.year())
                && List.of("湖南省", "四川省").contains(rep.province());
        List<Expected.Row> matching = Expected.matching(rows, terms, filter);
        assertTrue(matching.size() > 0);
        assertEquals(matching.size(), r.total());
        assertEquals(distinctReports(matching), r.reports());
        assertEquals(matching.stream().mapToLong(m -> m.matches(terms)).sum(), r.occurrences());
    }

    /** Reports per value of a dimension among rows, each report once per value. */
    private static Map<String, Long> reportsBy(List<Expected.Row> matching, Function<Expected.Row, String> value) {
        return matching.stream().filter(m -> value.apply(m) != null)
                .collect(Collectors.groupingBy(value, TreeMap::new,
                        Collectors.mapping(m -> m.report().id(), Collectors.collectingAndThen(Collectors.toSet(),
                                s -> (long) s.size()))));
    }

    private static Map<String, Long> asMap(List<FacetValue> values) {
        return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a,
                TreeMap::new));
    }

    @Test
    void facets_by_report_count_each_report_once_per_year_place_and_part_and_ignore_their_own_filter()
            throws Exception {
        List<String> terms = List.of("法律顾问");
        List<String> chosen = List.of("湖南省", "江西省");
        SearchResult r = search("法律顾问", Map.of("province", chosen), CountUnit.REPORTS);
        assertEquals("reports", r.count());
        List<Expected.Row> inProvince = Expected.matching(rows, terms, rep -> chosen.contains(rep.province()));
        List<Expected.Row> anyProvince = Expected.matching(rows, terms, rep -> true);
        assertEquals(reportsBy(inProvince, m -> String.valueOf(m.report().year())), asMap(r.facets().get("year")));
        assertEquals(reportsBy(inProvince, m -> m.section().category()), asMap(r.facets().get("category")));
        assertEquals(reportsBy(anyProvince, m -> m.report().province()), asMap(r.facets().get("province")));
        Map<String, Long> counties = reportsBy(inProvince, m -> m.report().county());
        assertEquals(Math.min(100, counties.size()), r.facets().get("county").size());
        r.facets().get("county").forEach(v -> assertEquals(counties.get(v.value()), v.count()));
        // the same search counted in sections differs wherever a report matches in several sections
        SearchResult sections = search("法律顾问", Map.of("province", chosen), CountUnit.SECTIONS);
        assertEquals(inProvince.stream().filter(m -> m.report().year() == 2021).count(),
                asMap(sections.facets().get("year")).get("2021"));
        assertTrue(asMap(sections.facets().get("year")).get("2021") > asMap(r.facets().get("year")).get("2021"));
    }
}

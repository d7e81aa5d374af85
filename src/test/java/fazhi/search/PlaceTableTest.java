package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Report;
import fazhi.testing.Expected;
import fazhi.testing.GeneratedIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The place × year table on the generated corpus of 2,000 reports, checked against the reports themselves. */
class PlaceTableTest {
    private static GeneratedIndex index;
    private static PlaceTable table;
    private static List<Expected.Row> rows;

    @BeforeAll
    static void build() {
        index = GeneratedIndex.get();
        table = new PlaceTable(index.service());
        rows = Expected.rows(index.reports());
    }

    private static PlaceTable.Result of(String q, Map<String, List<String>> filters, PlaceTable.Rows r,
                                        PlaceTable.Cols c) throws Exception {
        return table.table(new SearchRequest(q, Mode.EXACT, filters, SortOrder.RELEVANCE, 1, 1), r, c);
    }

    @Test
    void cells_sum_to_the_search_totals_and_every_place_with_a_report_has_a_row() throws Exception {
        for (PlaceTable.Rows r : PlaceTable.Rows.values()) {
            PlaceTable.Result t = of("法律顾问", Map.of(), r, PlaceTable.Cols.YEAR);
            SearchResult search = index.service().search(SearchRequest.of("法律顾问"));
            long reports = 0;
            long sections = 0;
            long occurrences = 0;
            long indexed = 0;
            for (PlaceTable.Row row : t.places()) {
                for (PlaceTable.Cell c : row.cells()) {
                    if (c != null) {
                        reports += c.reports();
                        sections += c.sections();
                        occurrences += c.occurrences();
                        indexed += c.indexed();
                        assertTrue(c.reports() <= c.indexed());
                    }
                }
            }
            assertEquals(search.reports(), reports, r.id()); // a report has one place and one year
            assertEquals(search.total(), sections, r.id());
            assertEquals(search.occurrences(), occurrences, r.id());
            assertEquals(index.reports().size(), indexed, r.id());
            assertEquals(new PlaceTable.Cell(search.reports(), search.total(), search.occurrences(),
                    index.reports().size()), t.total());
        }
        PlaceTable.Result towns = of("法律顾问", Map.of(), PlaceTable.Rows.TOWNSHIP, PlaceTable.Cols.YEAR);
        Set<List<String>> places = new HashSet<>();
        index.reports().forEach(rep -> places.add(List.of(rep.province(), rep.county(), rep.township())));
        assertEquals(places.size(), towns.places().size());
    }

    @Test
    void an_empty_cell_means_no_report_and_a_zero_means_a_report_without_a_mention() throws Exception {
        Map<String, List<String>> filters = Map.of("province", List.of("广东省"));
        PlaceTable.Result t = of("法律顾问", filters, PlaceTable.Rows.COUNTY, PlaceTable.Cols.YEAR);
        List<String> terms = List.of("法律顾问");
        int zeros = 0;
        for (PlaceTable.Row row : t.places()) {
            for (int i = 0; i < t.columns().size(); i++) {
                String year = t.columns().get(i);
                List<Report> there = index.reports().stream().filter(rep -> "广东省".equals(rep.province())
                        && row.county().equals(rep.county()) && year.equals(String.valueOf(rep.year()))).toList();
                PlaceTable.Cell c = row.cells().get(i);
                if (there.isEmpty()) {
                    assertNull(c);
                    continue;
                }
                assertNotNull(c);
                assertEquals(there.size(), c.indexed());
                long matching = there.stream().filter(rep -> rows.stream().anyMatch(x -> x.report() == rep
                        && x.matchesAll(terms))).count();
                assertEquals(matching, c.reports());
                zeros += c.reports() == 0 ? 1 : 0;
            }
        }
        assertTrue(zeros > 0, "seed 3 never mentions 法律顾问, so some county-years have reports but no match");
    }

    @Test
    void part_columns_count_a_report_once_per_part_it_mentions_the_query_in() throws Exception {
        PlaceTable.Result t = of("调解", Map.of(), PlaceTable.Rows.PROVINCE, PlaceTable.Cols.CATEGORY);
        List<String> terms = List.of("调解");
        for (PlaceTable.Row row : t.places()) {
            for (int i = 0; i < t.columns().size(); i++) {
                String category = t.columns().get(i);
                long expected = rows.stream().filter(x -> row.province().equals(x.report().province())
                        && category.equals(x.section().category()) && x.matchesAll(terms))
                        .map(x -> x.report().id()).distinct().count();
                PlaceTable.Cell c = row.cells().get(i);
                assertEquals(expected, c == null ? 0 : c.reports(), row.province() + " " + category);
            }
        }
    }
}

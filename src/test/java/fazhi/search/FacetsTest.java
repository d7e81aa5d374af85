package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.OracleFolding;
import fazhi.testing.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Facet counts equal counts computed from the parsed reports; each dimension ignores only its own filter. */
class FacetsTest {
    /** The seeds read by the parser, as `parse` prints them, and the hand-made reports. */
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::seedsAndFixtures);

    /** A section with its report, and each facet dimension's value (null when the report lacks it). */
    record Row(Report report, Section section) {
        String get(String dim) {
            return switch (dim) {
                case "year" -> report.year() == null ? null : report.year().toString();
                case "province" -> report.province();
                case "city" -> report.city();
                case "county" -> report.county();
                case "township" -> report.township();
                case "category" -> section.category();
                case "yearSource" -> report.yearSource();
                default -> throw new IllegalArgumentException(dim);
            };
        }
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        INDEX.reports().forEach(r -> r.sections().forEach(s -> rows.add(new Row(r, s))));
        return rows;
    }

    private static Map<String, Long> expected(String dim, Predicate<Row> keep) {
        Map<String, Long> counts = new TreeMap<>();
        rows().stream().filter(keep).map(row -> row.get(dim)).filter(v -> v != null)
                .forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    private static Map<String, Long> actual(SearchResult r, String dim) {
        Map<String, Long> counts = new TreeMap<>();
        r.facets().get(dim).forEach(fv -> counts.put(fv.value(), fv.count()));
        return counts;
    }

    private static Predicate<Row> contains(String term) {
        String n = OracleFolding.fold(term);
        return row -> OracleFolding.fold(row.section().heading()).contains(n)
                || OracleFolding.fold(row.section().text()).contains(n);
    }

    @Test
    void facetCountsOverEverythingEqualCountsFromTheReports() throws Exception {
        SearchResult r = INDEX.service().search(SearchRequest.of(""));
        assertEquals(rows().size(), r.total());
        assertEquals(List.of("year", "province", "city", "county", "township", "category", "yearSource"),
                List.copyOf(r.facets().keySet()));
        for (String dim : r.facets().keySet()) {
            assertEquals(expected(dim, row -> true), actual(r, dim), dim);
        }
    }

    @Test
    void withAYearChosenTheOtherYearsKeepTheirCountsAndOtherDimensionsNarrow() throws Exception {
        Predicate<Row> query = contains("法律顾问");
        Function<String, Predicate<Row>> in = v -> row -> v.equals(row.get("year"));
        SearchResult r = INDEX.service().search(new SearchRequest("法律顾问", Mode.EXACT, Map.of("year", List.of("2023")),
                SortOrder.RELEVANCE, 1, 10));
        assertEquals(rows().stream().filter(query.and(in.apply("2023"))).count(), r.total());
        assertEquals(expected("year", query), actual(r, "year"));          // sideways: own filter ignored
        assertEquals(expected("township", query.and(in.apply("2023"))), actual(r, "township"));
        assertEquals(expected("category", query.and(in.apply("2023"))), actual(r, "category"));
    }

    @Test
    void valuesOfOneDimensionAreOredAndDimensionsAreAnded() throws Exception {
        Predicate<Row> towns = row -> "小江镇".equals(row.get("township")) || "洋口镇".equals(row.get("township"));
        Predicate<Row> plans = row -> "plans".equals(row.get("category"));
        SearchResult r = INDEX.service().search(new SearchRequest(null, Mode.EXACT,
                Map.of("township", List.of("小江镇", "洋口镇"), "category", List.of("plans")), SortOrder.RELEVANCE, 1, 10));
        assertEquals(rows().stream().filter(towns.and(plans)).count(), r.total());
        assertEquals(expected("township", plans), actual(r, "township"));
        assertEquals(expected("category", towns), actual(r, "category"));
        assertEquals(expected("year", towns.and(plans)), actual(r, "year"));
    }

    @Test
    void fieldFiltersInTheQueryNarrowEveryDimension() throws Exception {
        SearchResult r = INDEX.service().search(SearchRequest.of("township:洋口镇 year:[2020 TO 2023]"));
        Predicate<Row> keep = row -> "洋口镇".equals(row.get("township"));
        assertEquals(rows().stream().filter(keep).count(), r.total());
        assertEquals(expected("township", keep), actual(r, "township"));
    }

    @Test
    void yearSourceFiltersLikeADimensionAndAsAField() throws Exception {
        Predicate<Row> fromTitle = row -> "title".equals(row.get("yearSource"));
        SearchResult filtered = INDEX.service().search(new SearchRequest(null, Mode.EXACT,
                Map.of("yearSource", List.of("title")), SortOrder.RELEVANCE, 1, 10));
        assertEquals(rows().stream().filter(fromTitle).count(), filtered.total());
        assertEquals(expected("yearSource", row -> true), actual(filtered, "yearSource")); // sideways
        assertEquals(expected("year", fromTitle), actual(filtered, "year"));
        SearchResult queried = INDEX.service().search(SearchRequest.of("yearSource:title"));
        assertEquals(filtered.total(), queried.total());
        assertEquals(rows().stream().filter(fromTitle.negate()).count(),
                INDEX.service().search(SearchRequest.of("-yearsource:TITLE")).total());
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.Fields;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.index.SectionDocuments;
import fazhi.testing.Fixtures;
import fazhi.testing.GeneratedIndex;
import fazhi.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.junit.jupiter.api.Test;

/**
 * The counts a search takes while it collects (facets by section, distinct reports, occurrences) equal those read
 * afterwards from the matching sets — Lucene's facet counts and drill-sideways, {@link ReportCounts} — and the
 * occurrences equal the sum of {@code matches} over the stored texts of every match, whether the index is searched
 * in one pass or in partitions.
 */
class MatchCountsTest {
    /** One and two characters (a bigram of two different characters: counted from its frequency), a repeated
     *  character (its occurrences overlap: counted from positions), phrases, AND, OR, NOT, digits, heading: and
     *  text: scopes, and a query matching everything. */
    private static final List<String> QUERIES = List.of("法", "村", "法治", "政府", "法律顾问", "依法行政", "12",
            "法治 村", "调解 OR 信访", "法治 -宣传", "\"法治政府 建设\"", "heading:法治", "text:政府 调解", "",
            "紧紧", "习习");

    private record Counts(Map<String, List<FacetValue>> facets, long reports, long occurrences) {
    }

    @Test
    void counts_taken_while_collecting_equal_counts_read_from_the_matching_set() throws Exception {
        SlicedSearcherTest.withGeneratedIndex((reader, state, whole, partitions) -> {
            boolean cut = false;
            for (String q : QUERIES) {
                QueryNode node = QueryParser.parse(q);
                Query query = new QueryTranslator().translate(node, Mode.EXACT);
                FacetsCollector matching = whole.search(query, new FacetsCollectorManager());
                ReportCounts read = new ReportCounts(ReportOrdinals.of(reader), matching, state, null, null);
                Counts expected = new Counts(FacetCounts.toMap(new SortedSetDocValuesFacetCounts(state, matching)),
                        read.reports(), occurrencesInStoredText(whole, matching, node));
                for (IndexSearcher searcher : List.of(whole, partitions)) {
                    MatchCounts taken = searcher.search(query, MatchCounts.manager(reader, state, Map.of(), page(),
                            new OccurrenceCounter(QueryTranslator.literals(node)), new Deadline(60_000, () -> false)));
                    assertEquals(expected, new Counts(taken.facets(), taken.reports(), taken.occurrences()), q);
                }
                cut |= expected.facets().get(Fields.TOWNSHIP).size() == FacetCounts.LIMIT;
            }
            assertTrue(cut, "some query has more townships than are listed, so the cut at the limit is compared");
        });
    }

    @Test
    void filters_applied_while_collecting_give_the_page_and_counts_of_drill_sideways() throws Exception {
        Report first = GeneratedIndex.get().reports().getFirst();
        Report other = GeneratedIndex.get().reports().get(7);
        List<Map<String, List<String>>> selections = List.of(
                Map.of(Fields.YEAR, List.of("2023")),
                Map.of(Fields.YEAR, List.of("2021", "2024")),
                Map.of(Fields.CATEGORY, List.of("measures")),
                Map.of(Fields.YEAR, List.of("2022"), Fields.CATEGORY, List.of("plans", "shortcomings")),
                Map.of(Fields.TOWNSHIP, List.of(first.township(), other.township()), Fields.YEAR,
                        List.of(String.valueOf(first.year()))),
                Map.of(Fields.PROVINCE, List.of(first.province()), Fields.CITY, List.of(first.city()),
                        Fields.CATEGORY, List.of("measures")),
                Map.of(Fields.YEAR, List.of("1999")));
        FacetsConfig config = SectionDocuments.facetsConfig();
        SlicedSearcherTest.withGeneratedIndex((reader, state, whole, partitions) -> {
            for (String q : List.of("法", "法律顾问", "法治 -宣传", "调解 OR 信访", "")) {
                QueryNode node = QueryParser.parse(q);
                Query query = new QueryTranslator().translate(node, Mode.EXACT);
                for (Map<String, List<String>> filters : selections) {
                    DrillDownQuery drill = new DrillDownQuery(config, query);
                    filters.forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
                    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> r =
                            new DrillSideways(whole, config, state).search(drill, page());
                    ReportCounts read = new ReportCounts(ReportOrdinals.of(reader), r.drillDownFacetsCollector, state,
                            r.drillSidewaysFacetsCollector, r.drillSidewaysDims);
                    Page expected = new Page(r.collectorResult, new Counts(FacetCounts.toMap(r.facets), read.reports(),
                            read.occurrences(new OccurrenceCounter(QueryTranslator.literals(node)))));
                    for (IndexSearcher searcher : List.of(whole, partitions)) {
                        MatchCounts taken = searcher.search(query, MatchCounts.manager(reader, state, filters, page(),
                                new OccurrenceCounter(QueryTranslator.literals(node)),
                                new Deadline(60_000, () -> false)));
                        assertEquals(expected, new Page(taken.top(), new Counts(taken.facets(), taken.reports(),
                                taken.occurrences())), q + " " + filters);
                    }
                }
            }
        });
    }

    /** The first page: total, and each hit's document and sort values. */
    private record Page(long total, List<String> hits, Counts counts) {
        Page(TopFieldDocs top, Counts counts) {
            this(top.totalHits.value(), Arrays.stream(top.scoreDocs)
                    .map(d -> d.doc + "/" + Arrays.toString(((FieldDoc) d).fields)).toList(), counts);
        }
    }

    private static TopFieldCollectorManager page() {
        return new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID,
                SortField.Type.STRING)), 20, null, Integer.MAX_VALUE);
    }

    @Test
    void a_literal_of_one_character_twice_counts_overlapping_runs_once_per_pair() throws Exception {
        List<String> texts = List.of("哈哈哈，哈哈哈哈。", "法治法治，哈。", "哈哈");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sections.add(new Section("h-" + i, 1, "一、哈" + i, List.of("一、哈" + i), "measures", texts.get(i), i + 1));
        }
        Report report = new Report("h", "fixtures/h.txt", "哈镇2024年法治政府建设年度报告", null, null, "哈镇", "哈县",
                "哈市", "哈省", null, null, 2024, "title", null, null, Map.of(), List.of(), sections);
        Path dir = Files.createTempDirectory("fazhi-overlap");
        try {
            Fixtures.index(dir, List.of(report));
            try (SearchService service = SearchService.open(dir)) {
                for (String q : List.of("哈哈", "哈", "法治", "哈哈 OR 法治")) {
                    List<QueryTranslator.Literal> literals = QueryTranslator.literals(QueryParser.parse(q));
                    long expected = 0;
                    for (Section s : sections) { // every section matches: each has 哈 in its heading
                        expected += QueryTranslator.countMatches(literals, s.heading(), s.text());
                    }
                    SearchResult r = service.search(new SearchRequest(q, Mode.EXACT, Map.of(), SortOrder.RELEVANCE,
                            1, 10));
                    assertEquals(expected, r.occurrences(), q);
                    assertEquals(expected, r.hits().stream().mapToLong(Hit::matches).sum(), q);
                }
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static long occurrencesInStoredText(IndexSearcher searcher, FacetsCollector matching, QueryNode node)
            throws Exception {
        List<QueryTranslator.Literal> literals = QueryTranslator.literals(node);
        StoredFields stored = searcher.storedFields();
        long[] sum = {0};
        ReportCounts.forEach(matching, (m, d) -> {
            Document doc = stored.document(m.context().docBase + d);
            String heading = doc.get(Fields.HEADING);
            String text = doc.get(Fields.TEXT);
            sum[0] += QueryTranslator.countMatches(literals, heading == null ? "" : heading,
                    text == null ? "" : text);
        });
        return sum[0];
    }
}

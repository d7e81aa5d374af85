package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.Fields;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The counts a search without filters takes while it collects (facets by section, distinct reports, occurrences)
 * equal those read afterwards from the matching set — Lucene's facet counts, {@link ReportCounts} — and the
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
                    MatchCounts taken = searcher.search(query, MatchCounts.manager(reader, state,
                            new OccurrenceCounter(QueryTranslator.literals(node)), new Deadline(60_000, () -> false)));
                    assertEquals(expected, new Counts(taken.facets(), taken.reports(), taken.occurrences()), q);
                }
                cut |= expected.facets().get(Fields.TOWNSHIP).size() == FacetCounts.LIMIT;
            }
            assertTrue(cut, "some query has more townships than are listed, so the cut at the limit is compared");
        });
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

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.Fields;
import fazhi.index.SectionDocuments;
import fazhi.testing.GeneratedIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** A search split into partitions of one segment (as on a million sections) answers exactly as one pass does. */
class SlicedSearcherTest {
    private record Answer(long total, List<String> page, Map<String, List<FacetValue>> facets, long reports,
                          long occurrences) {
    }

    /** The generated index, searched in one pass and in partitions. */
    interface Searchers {
        void run(DirectoryReader reader, SortedSetDocValuesReaderState state, IndexSearcher whole,
                 SlicedSearcher sliced) throws Exception;
    }

    static void withGeneratedIndex(Searchers work) throws Exception {
        try (FSDirectory dir = FSDirectory.open(GeneratedIndex.get().dir());
             DirectoryReader reader = DirectoryReader.open(dir)) {
            SlicedSearcher sliced = new SlicedSearcher(reader, 1_000);
            assertTrue(sliced.getSlices().length > 1, "the test index is searched in partitions");
            work.run(reader, new DefaultSortedSetDocValuesReaderState(reader, SectionDocuments.facetsConfig()),
                    new IndexSearcher(reader), sliced);
        }
    }

    @Test
    void a_search_in_partitions_finds_counts_facets_and_pages_as_one_pass() throws Exception {
        withGeneratedIndex((reader, state, whole, sliced) -> {
            for (String q : List.of("法律顾问", "法", "法治 村", "12", "调解 OR 信访", "法治 -宣传", "\"法治政府 建设\"")) {
                assertEquals(answer(whole, state, q), answer(sliced, state, q), q);
            }
        });
    }

    private static Answer answer(IndexSearcher searcher, SortedSetDocValuesReaderState state, String q)
            throws Exception {
        QueryNode node = QueryParser.parse(q);
        Query query = new QueryTranslator().translate(node, Mode.EXACT);
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
        Object[] r = searcher.search(query, new MultiCollectorManager(
                new TopFieldCollectorManager(sort, 20, null, Integer.MAX_VALUE), new FacetsCollectorManager()));
        TopFieldDocs top = (TopFieldDocs) r[0];
        FacetsCollector matching = (FacetsCollector) r[1];
        ReportCounts counts = new ReportCounts(ReportOrdinals.of(reader(searcher)), matching, state, null, null);
        return new Answer(top.totalHits.value(),
                Arrays.stream(top.scoreDocs).map(d -> d.doc + "/" + Arrays.toString(((org.apache.lucene.search
                        .FieldDoc) d).fields)).toList(),
                FacetCounts.toMap(new SortedSetDocValuesFacetCounts(state, matching)), counts.reports(),
                counts.occurrences(new OccurrenceCounter(QueryTranslator.literals(node))));
    }

    private static org.apache.lucene.index.IndexReader reader(IndexSearcher searcher) {
        return searcher.getIndexReader();
    }
}

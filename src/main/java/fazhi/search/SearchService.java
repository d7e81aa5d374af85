package fazhi.search;

import fazhi.index.Fields;
import fazhi.index.IndexStore;
import fazhi.index.SchemaVersion;
import fazhi.index.SectionDocuments;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the served generation of an index folder. Thread-safe: one SearcherManager is shared by all threads;
 * {@link #refresh()} switches to a newer generation after a rebuild without a restart, while searches already
 * running finish on the old one.
 */
public final class SearchService implements Closeable {
    /** Searches that run longer stop and are reported as too expensive rather than returning partial counts. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private record Generation(Path path, FSDirectory dir, SearcherManager manager) {
    }

    private final Path indexDir;
    private final FacetsConfig config = SectionDocuments.facetsConfig();
    private final QueryTranslator translator = new QueryTranslator();
    private final FacetCounts facetCounts = new FacetCounts();
    private final PlaceFilters placeFilters = new PlaceFilters();
    private final long timeoutMs;
    private volatile Generation generation;
    private final SearchMetrics metrics = new SearchMetrics();

    private SearchService(Path indexDir, Generation generation, Duration timeout) {
        this.indexDir = indexDir;
        this.generation = generation;
        this.timeoutMs = timeout.toMillis();
    }

    /** Opens the index folder written by {@code fazhi index}; fails if it holds no complete index. */
    public static SearchService open(Path indexDir) throws IOException {
        return open(indexDir, DEFAULT_TIMEOUT);
    }

    /** As {@link #open(Path)}, with a time limit per search. */
    public static SearchService open(Path indexDir, Duration timeout) throws IOException {
        Path gen = IndexStore.current(indexDir);
        if (gen == null) {
            throw new IOException("no index in " + indexDir + " (run: fazhi index --index " + indexDir + " PATH)");
        }
        SchemaVersion.require(gen, indexDir);
        return new SearchService(indexDir, openGeneration(gen), timeout);
    }

    /** What this service counts (searches, time-outs, refusals); a server binds its registry to it. */
    public SearchMetrics metrics() {
        return metrics;
    }

    private static Generation openGeneration(Path gen) throws IOException {
        FSDirectory dir = FSDirectory.open(gen);
        return new Generation(gen, dir, new SearcherManager(dir, new SearcherFactory()));
    }

    /**
     * Runs one search.
     *
     * @throws QuerySyntaxException the query cannot be understood, is too large, or took too long; the message
     *                              says why in one line
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        long start = System.nanoTime();
        QueryNode parsed = QueryParser.parse(request.query());
        // A searcher of our own per request (cheap: it shares the reader and the query cache), because the
        // timeout is per searcher and must start with this request. Place filters are read against the names this
        // reader holds (province:江苏 → 江苏省), so they are resolved here.
        SearchResult result = withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            QueryNode node = placeFilters.resolve(reader, parsed);
            Map<String, List<String>> filters = placeFilters.resolve(reader, request.filters());
            Query query = translator.translate(node, request.mode());
            return run(new IndexSearcher(reader), request, filters, node, query, start);
        });
        metrics.completed(System.nanoTime() - start);
        return result;
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request, Map<String, List<String>> filters,
                             QueryNode node, Query query, long start) throws IOException, QuerySyntaxException {
        DrillDownQuery drill = new DrillDownQuery(config, query);
        filters.forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        int window = request.page() * request.size();
        Sort sort = sort(request.sort());
        // totalHitsThreshold MAX_VALUE: count every hit, so total is exact, never a lower bound
        TopFieldCollectorManager hits = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
        TopFieldDocs top;
        Facets facets = null;
        ReportCounts all;
        QueryTimeoutImpl timeout = new QueryTimeoutImpl(timeoutMs);
        if (filters.isEmpty()) {
            searcher.setTimeout(timeout);
        }
        try {
            SortedSetDocValuesReaderState state = facetCounts.state(searcher.getIndexReader(), config);
            Deadline<TopFieldDocs> timed = new Deadline<>(hits, timeoutMs);
            if (state != null) {
                DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> r =
                        new DrillSideways(searcher, config, state).search(drill, timed);
                top = r.collectorResult;
                facets = r.facets;
                all = new ReportCounts(ReportOrdinals.of(searcher.getIndexReader()), r.drillDownFacetsCollector,
                        state, r.drillSidewaysFacetsCollector, r.drillSidewaysDims);
            } else {
                top = searcher.search(drill, timed);
                all = new ReportCounts(ReportOrdinals.of(searcher.getIndexReader()),
                        searcher.search(drill, new FacetsCollectorManager()), null, null, null);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query has too many parts; use fewer or shorter terms",
                    "检索语句过于复杂，请减少或缩短检索词", -1);
        } catch (Deadline.Exceeded e) {
            throw tooSlow();
        }
        if (searcher.timedOut()) {
            throw tooSlow();
        }
        int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        if (page.length > 0) { // a field-sorted collector leaves scores unset (NaN), even when sorting by score
            TopFieldCollector.populateScores(page, searcher, query);
        }
        List<Hit> list = HitReader.read(searcher, page, node);
        Map<String, List<FacetValue>> counts = request.count() == CountUnit.REPORTS
                ? FacetCounts.toMap(all.facets()) : FacetCounts.toMap(facets);
        long occurrences = all.occurrences(new OccurrenceCounter(QueryTranslator.literals(node)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(request.query() == null ? "" : request.query(), request.mode().id(),
                top.totalHits.value(), all.reports(), occurrences, request.count().id(), request.page(),
                request.size(), tookMs, list, counts, QueryDescription.of(node));
    }

    private QuerySyntaxException tooSlow() {
        metrics.timedOut();
        return new QuerySyntaxException("query took longer than " + timeoutMs
                + " ms; add terms or filters to narrow it", "检索超时（超过 " + timeoutMs
                + " 毫秒），请增加检索词或筛选条件以缩小范围", -1);
    }

    /** Every order ends with score and section id, so equal keys still page deterministically. */
    private static Sort sort(SortOrder order) {
        SortField byId = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
            case YEAR, YEAR_DESC -> {
                boolean desc = order == SortOrder.YEAR_DESC;
                SortField year = new SortField(Fields.YEAR, SortField.Type.INT, desc);
                year.setMissingValue(desc ? Integer.MIN_VALUE : Integer.MAX_VALUE); // unknown years last
                yield new Sort(year, SortField.FIELD_SCORE, byId);
            }
            case TOWNSHIP -> {
                SortField township = new SortField(Fields.TOWNSHIP_ORDER, SortField.Type.STRING); // pinyin
                township.setMissingValue(SortField.STRING_LAST);
                yield new Sort(township, SortField.FIELD_SCORE, byId);
            }
        };
    }

    /**
     * Picks up a rebuild: reopens on the new generation if {@code CURRENT} moved, else refreshes the current one.
     *
     * @return true if searches now see a different index
     */
    public synchronized boolean refresh() throws IOException {
        Generation old = generation;
        Path gen = IndexStore.current(indexDir);
        if (gen == null || gen.equals(old.path())) {
            IndexSearcher before = old.manager().acquire();
            try {
                old.manager().maybeRefreshBlocking();
            } finally {
                old.manager().release(before);
            }
            IndexSearcher after = old.manager().acquire();
            try {
                return after != before;
            } finally {
                old.manager().release(after);
            }
        }
        SchemaVersion.require(gen, indexDir); // a generation written by another version is not switched to
        generation = openGeneration(gen);
        // Searches holding the old searcher keep it until they release it. The old FSDirectory is left open for
        // them (closing it is only bookkeeping; the files are deleted by the next build, and open files stay
        // readable on POSIX), so a search in flight during a swap never fails.
        old.manager().close();
        return true;
    }

    /** Work on a searcher of the served generation's shared manager. */
    interface SearcherWork<T, E extends Exception> {
        T apply(IndexSearcher searcher) throws IOException, E;
    }

    /** Work that also needs to know which generation its searcher reads. */
    private interface GenerationWork<T, E extends Exception> {
        T apply(Generation generation, IndexSearcher searcher) throws IOException, E;
    }

    /** Runs {@code work} on the current generation's searcher, released afterwards. Used by {@link #search} and
     *  {@link ReportBrowser}. */
    <T, E extends Exception> T withSearcher(SearcherWork<T, E> work) throws IOException, E {
        return onCurrent((generation, searcher) -> work.apply(searcher));
    }

    /** Acquires a searcher of the current generation, runs the work, releases it; a refresh that swaps generations
     *  between reading the field and acquiring is retried. */
    private <T, E extends Exception> T onCurrent(GenerationWork<T, E> work) throws IOException, E {
        while (true) {
            Generation g = generation;
            IndexSearcher searcher;
            try {
                searcher = g.manager().acquire();
            } catch (AlreadyClosedException e) {
                continue;
            }
            try {
                return work.apply(g, searcher);
            } finally {
                g.manager().release(searcher);
            }
        }
    }

    /** Counts of the served index, for health checks. */
    public IndexStats stats() throws IOException {
        return onCurrent((g, searcher) -> {
            IndexReader reader = searcher.getIndexReader();
            return IndexStats.of(reader, LiveReports.of(reader).size(), g.path().getFileName().toString());
        });
    }

    @Override
    public synchronized void close() throws IOException {
        generation.manager().close();
        generation.dir().close();
    }
}

package fazhi.search;

import fazhi.index.Fields;
import fazhi.index.SectionDocuments;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs searches on a {@link ServedIndex}. Every search is bounded: by a time limit counted from its arrival and
 * checked inside scoring, by its client going away, and by a cap on searches at once — a search beyond the cap waits
 * briefly for a place, then is refused as busy — of which only one per core computes at a time ({@link SearchTurns}).
 * The research views ({@link Concordance}, {@link PlaceTable}, {@link FacetPages}, {@link Exporter}) work under the
 * same bounds through {@link #bounded}. Thread-safe.
 */
public final class SearchService implements Closeable {
    /** Searches that run longer stop and are reported as too expensive rather than returning partial counts. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Searches admitted at once (computing or waiting for a CPU turn); beyond, a search waits briefly, then is
     *  refused as busy. */
    public static final int MAX_CONCURRENT = 16;
    /** How long a search beyond the cap waits for a place before it is refused as busy. */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(1);
    /** Searches computing at once: one per core, so that the threads answering health and pages find a core. */
    public static final int CPU_TURNS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final ServedIndex index;
    private final boolean ownsIndex;
    private final FacetsConfig config = SectionDocuments.facetsConfig();
    private final QueryTranslator translator = new QueryTranslator();
    private final PlaceFilters placeFilters = new PlaceFilters();
    private final long timeoutMs;
    private final SearchTurns turns;
    private final SearchMetrics metrics = new SearchMetrics();

    /** A service over an index served elsewhere too (e.g. by a {@link ReportBrowser}); closing it leaves the
     *  index open. */
    public SearchService(ServedIndex index, Duration timeout, int maxConcurrent) {
        this(index, false, timeout, maxConcurrent);
    }

    private SearchService(ServedIndex index, boolean ownsIndex, Duration timeout, int maxConcurrent) {
        this.index = index;
        this.ownsIndex = ownsIndex;
        this.timeoutMs = timeout.toMillis();
        this.turns = new SearchTurns(maxConcurrent, CPU_TURNS, BUSY_WAIT);
    }

    /** Opens the index folder written by {@code fazhi index}; fails if it holds no index. */
    public static SearchService open(Path indexDir) throws IOException {
        return open(indexDir, DEFAULT_TIMEOUT);
    }

    /** As {@link #open(Path)}, with a time limit per search. */
    public static SearchService open(Path indexDir, Duration timeout) throws IOException {
        return new SearchService(ServedIndex.open(indexDir), true, timeout, MAX_CONCURRENT);
    }

    /** What this service counts (searches, time-outs, refusals); a server binds its registry to it. */
    public SearchMetrics metrics() {
        return metrics;
    }

    /** The index this service searches, for refreshing it and for a {@link ReportBrowser} sharing it. */
    public ServedIndex index() {
        return index;
    }

    /**
     * Runs one search.
     *
     * @throws QuerySyntaxException the query cannot be understood, is too large, or took too long; the message
     *                              says why in one line
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        return search(request, () -> false);
    }

    /**
     * As {@link #search(SearchRequest)}, stopping early once {@code abandoned} says nobody waits for the answer.
     *
     * @throws SearchBusyException too many searches are running; try again shortly
     */
    public SearchResult search(SearchRequest request, BooleanSupplier abandoned)
            throws QuerySyntaxException, IOException {
        long start = System.nanoTime();
        QueryNode parsed = QueryParser.parse(request.query());
        SearchResult result = bounded(abandoned, (searcher, deadline) -> {
            // Place filters are read against the names this reader holds (province:江苏 → 江苏省), so they are
            // resolved here
            IndexReader reader = searcher.getIndexReader();
            QueryNode node = placeFilters.resolve(reader, parsed);
            Map<String, List<String>> filters = placeFilters.resolve(reader, request.filters());
            Query query = new BoundedQuery(translator.translate(node, request.mode()), deadline);
            return run(searcher, request, filters, node, query, deadline, start);
        });
        metrics.completed(System.nanoTime() - start);
        return result;
    }

    /** Work on the served index under a search's bounds. */
    interface BoundedWork<T> {
        T apply(ServedIndex.Searcher searcher, Deadline deadline) throws IOException, QuerySyntaxException;
    }

    /**
     * Runs {@code work} under the bounds of a search: the time limit (from now), a place among the searches admitted,
     * a CPU turn shared with them, and {@code abandoned}. The work wraps its queries in a {@link BoundedQuery} with
     * the deadline it is given, and checks it as it reads what they matched.
     *
     * @throws SearchBusyException  too many searches are running; try again shortly
     * @throws QuerySyntaxException the time limit passed (or the work's own reasons)
     * @throws SearchAbandonedException the client went away; nobody reads the answer
     */
    <T> T bounded(BooleanSupplier abandoned, BoundedWork<T> work) throws IOException, QuerySyntaxException {
        Deadline deadline = new Deadline(timeoutMs, abandoned);
        SearchTurns.Turn turn;
        try {
            turn = turns.admit(deadline);
        } catch (SearchBusyException e) {
            metrics.rejected();
            throw e;
        } catch (Deadline.Exceeded e) {
            throw stopped(e);
        }
        try (turn) {
            return index.withSearcher(searcher -> work.apply(searcher, deadline));
        } catch (Deadline.Exceeded e) {
            throw stopped(e);
        }
    }

    private SearchResult run(ServedIndex.Searcher searcher, SearchRequest request, Map<String, List<String>> filters,
                             QueryNode node, Query query, Deadline deadline, long start)
            throws IOException, QuerySyntaxException {
        int window = request.page() * request.size();
        Sort sort = sort(request.sort());
        // totalHitsThreshold MAX_VALUE: count every hit, so total is exact, never a lower bound
        TopFieldCollectorManager hits = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
        OccurrenceCounter occurrences = new OccurrenceCounter(QueryTranslator.literals(node));
        Counted counted;
        try {
            counted = request.count() == CountUnit.SECTIONS && (filters.isEmpty() || searcher.facets != null)
                    ? countWhileCollecting(searcher, filters, query, hits, occurrences, deadline)
                    : countFromMatchingSets(searcher, request.count(), filters, query, hits, occurrences, deadline);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query has too many parts; use fewer or shorter terms",
                    "检索语句过于复杂，请减少或缩短检索词", -1);
        }
        TopFieldDocs top = counted.top();
        int from = Math.min((request.page() - 1) * request.size(), top.scoreDocs.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        if (page.length > 0) { // a field-sorted collector leaves scores unset (NaN), even when sorting by score
            TopFieldCollector.populateScores(page, searcher, query);
        }
        List<Hit> list = HitReader.read(searcher, page, node, deadline);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(request.query() == null ? "" : request.query(), request.mode().id(),
                top.totalHits.value(), counted.reports(), counted.occurrences(), request.count().id(),
                request.page(), request.size(), tookMs, list, counted.facets(), QueryDescription.of(node));
    }

    /** The page and what is counted over every match. */
    private record Counted(TopFieldDocs top, Map<String, List<FacetValue>> facets, long reports, long occurrences) {
    }

    /** Sections counted, the common case: no drill-down or drill-sideways work; one pass, split across the cores,
     *  collects the page and counts facets, reports and occurrences of every hit, applying the filters as it goes. */
    private static Counted countWhileCollecting(ServedIndex.Searcher searcher, Map<String, List<String>> filters,
                                                Query query, TopFieldCollectorManager hits,
                                                OccurrenceCounter occurrences, Deadline deadline) throws IOException {
        MatchCounts all = searcher.sliced.search(query, MatchCounts.manager(searcher.getIndexReader(),
                searcher.facets, filters, hits, occurrences, deadline));
        return new Counted(all.top(), all.facets(), all.reports(), all.occurrences());
    }

    /** Counts by report (or filters on an index without facet values): the search collects the matching sets
     *  (drill-sideways when filtered: each dimension counted ignoring its own filter), which facet, report and
     *  occurrence counts then read. */
    private Counted countFromMatchingSets(ServedIndex.Searcher searcher, CountUnit unit,
                                          Map<String, List<String>> filters, Query query,
                                          TopFieldCollectorManager hits, OccurrenceCounter occurrences,
                                          Deadline deadline) throws IOException {
        DrillDownQuery drill = new DrillDownQuery(config, query);
        filters.forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        ReportOrdinals reports = ReportOrdinals.of(searcher.getIndexReader());
        TopFieldDocs top;
        Facets facets = null;
        ReportCounts all;
        if (filters.isEmpty()) {
            Object[] r = searcher.sliced.search(query, new MultiCollectorManager(hits, new FacetsCollectorManager()));
            top = (TopFieldDocs) r[0];
            all = new ReportCounts(reports, (FacetsCollector) r[1], searcher.facets, null, null);
        } else if (searcher.facets != null) {
            DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> r =
                    new DrillSideways(searcher, config, searcher.facets).search(drill, hits);
            top = r.collectorResult;
            facets = r.facets;
            all = new ReportCounts(reports, r.drillDownFacetsCollector, searcher.facets,
                    r.drillSidewaysFacetsCollector, r.drillSidewaysDims);
        } else {
            top = searcher.search(drill, hits);
            all = new ReportCounts(reports, searcher.search(drill, new FacetsCollectorManager()), null, null, null);
        }
        return new Counted(top, unit == CountUnit.REPORTS ? FacetCounts.toMap(all.facets()) : FacetCounts.toMap(facets),
                all.reports(), all.occurrences(occurrences, deadline::check));
    }

    /** Why a search stopped: the time limit (returned, to be thrown), or its client went away (thrown here). */
    private QuerySyntaxException stopped(Deadline.Exceeded e) {
        if (e.abandoned) {
            metrics.abandoned();
            throw new SearchAbandonedException();
        }
        return tooSlow();
    }

    private QuerySyntaxException tooSlow() {
        metrics.timedOut();
        return new QuerySyntaxException("query took longer than " + timeoutMs
                + " ms; add terms or filters to narrow it", "检索超时（超过 " + timeoutMs
                + " 毫秒），请增加检索词或筛选条件以缩小范围", -1);
    }

    /** A query's place filters read against the names the served index holds (province:江苏 → 江苏省). */
    QueryNode resolvePlaces(QueryNode node) throws IOException, UnknownValueException {
        return index.withSearcher(searcher -> placeFilters.resolve(searcher.getIndexReader(), node));
    }

    /** The API's place filters read against the names the served index holds. */
    Map<String, List<String>> resolvePlaces(Map<String, List<String>> filters)
            throws IOException, UnknownValueException {
        return index.withSearcher(searcher -> placeFilters.resolve(searcher.getIndexReader(), filters));
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

    @Override
    public void close() throws IOException {
        if (ownsIndex) {
            index.close();
        }
    }
}

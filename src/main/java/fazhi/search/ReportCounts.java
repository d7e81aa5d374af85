package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts over ALL matching sections of one search, not just the page: distinct reports, the sum of {@code matches}
 * (occurrences), and facet counts by report. It reads the document sets that drill-sideways faceting collects
 * anyway (the drill-down set: every hit; one sideways set per filtered dimension: hits ignoring that filter), so no
 * second search runs. Costs one pass over the hits for reports (a bit set over report numbers), one over their
 * postings for occurrences, and for report facets one pass over the facet doc values per distinct document set.
 */
public final class ReportCounts {
    /** The dimension that describes a section rather than its report: one report counts once per value of it. */
    private static final String SECTION_DIM = Fields.CATEGORY;

    private final ReportOrdinals reports;
    private final FacetsCollector hits;
    private final Map<String, FacetsCollector> sideways = new LinkedHashMap<>();
    private final SortedSetDocValuesReaderState state;

    /**
     * @param state    the facet state of the searcher's reader, or null when the index has no facet values
     * @param sideways the sideways collectors of the filtered dimensions, or null when nothing is filtered
     */
    ReportCounts(ReportOrdinals reports, FacetsCollector hits, SortedSetDocValuesReaderState state,
                 FacetsCollector[] sideways, String[] dims) {
        this.reports = reports;
        this.hits = hits;
        this.state = state;
        if (sideways != null) {
            for (int i = 0; i < dims.length; i++) {
                this.sideways.put(dims[i], sideways[i]);
            }
        }
    }

    /** Visits every matching document of a set in increasing index-wide id. */
    interface DocVisitor {
        void visit(FacetsCollector.MatchingDocs segment, int doc) throws IOException;
    }

    static void forEach(FacetsCollector set, DocVisitor visitor) throws IOException {
        List<FacetsCollector.MatchingDocs> segments = new ArrayList<>(set.getMatchingDocs());
        segments.sort(Comparator.comparingInt(m -> m.context().docBase));
        for (FacetsCollector.MatchingDocs m : segments) {
            DocIdSetIterator it = m.bits().iterator();
            if (it == null) {
                continue;
            }
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                visitor.visit(m, d);
            }
        }
    }

    /** Distinct reports among the matching sections. */
    long reports() throws IOException {
        FixedBitSet seen = new FixedBitSet(Math.max(1, reports.size()));
        forEach(hits, (m, d) -> {
            int r = reports.report(m.context().docBase + d);
            if (r >= 0) {
                seen.set(r);
            }
        });
        return seen.cardinality();
    }

    /** The sum of {@code matches} over every matching section. */
    long occurrences(OccurrenceCounter counter) throws IOException {
        return occurrences(counter, () -> { });
    }

    /** As {@link #occurrences(OccurrenceCounter)}, calling {@code check} (a search's deadline) before each section. */
    long occurrences(OccurrenceCounter counter, Runnable check) throws IOException {
        if (counter.countsNothing()) {
            return 0;
        }
        long[] sum = {0};
        OccurrenceCounter.Leaf[] leaf = {null};
        FacetsCollector.MatchingDocs[] current = {null};
        forEach(hits, (m, d) -> {
            check.run(); // a long phrase costs milliseconds per section to count
            if (current[0] != m) {
                current[0] = m;
                leaf[0] = counter.leaf(m.context().reader());
            }
            sum[0] += leaf[0].count(d);
        });
        return sum[0];
    }

    /**
     * Facet counts by report, every value of every dimension (the caller cuts and orders them): a report counts
     * once for its year and places, and once for each part (category) in which a section matches. Each dimension
     * is counted over its drill-sideways set, so it ignores its own filter as the section counts do.
     */
    Map<String, Map<String, Long>> facets() throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        Fields.FACET_DIMS.forEach(dim -> out.put(dim, new LinkedHashMap<>()));
        if (state == null) {
            return out;
        }
        // dimensions grouped by the document set they are counted over, so each set is read once
        Map<FacetsCollector, List<String>> bySet = new IdentityHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            bySet.computeIfAbsent(sideways.getOrDefault(dim, hits), s -> new ArrayList<>()).add(dim);
        }
        for (Map.Entry<FacetsCollector, List<String>> e : bySet.entrySet()) {
            count(e.getKey(), e.getValue(), out);
        }
        return out;
    }

    private void count(FacetsCollector set, List<String> dims, Map<String, Map<String, Long>> out)
            throws IOException {
        int size = state.getSize();
        int[] dimOf = new int[size];
        Arrays.fill(dimOf, -1);
        int[] start = new int[dims.size()];
        int[] width = new int[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            SortedSetDocValuesReaderState.OrdRange range;
            try {
                range = state.getOrdRange(dims.get(i));
            } catch (IllegalArgumentException e) {
                range = null;
            }
            if (range != null) {
                Arrays.fill(dimOf, range.start(), range.end() + 1, i);
                start[i] = range.start();
                width[i] = range.end() - range.start() + 1;
            }
        }
        int n = Math.max(1, reports.size());
        FixedBitSet[] seen = new FixedBitSet[dims.size()];
        for (int i = 0; i < dims.size(); i++) { // a section-level dimension needs a bit per (report, value)
            seen[i] = new FixedBitSet(dims.get(i).equals(SECTION_DIM) ? n * Math.max(1, width[i]) : n);
        }
        long[] counts = new long[size];
        SortedSetDocValues values = state.getDocValues(); // index-wide ordinals, read forward
        forEach(set, (m, d) -> {
            int doc = m.context().docBase + d;
            int r = reports.report(doc);
            if (r < 0 || !values.advanceExact(doc)) {
                return;
            }
            for (int k = 0; k < values.docValueCount(); k++) {
                int ord = (int) values.nextOrd();
                int i = dimOf[ord];
                if (i < 0) {
                    continue;
                }
                int bit = dims.get(i).equals(SECTION_DIM) ? r * width[i] + (ord - start[i]) : r;
                if (!seen[i].getAndSet(bit)) {
                    counts[ord]++;
                }
            }
        });
        for (int i = 0; i < dims.size(); i++) {
            Map<String, Long> values1 = out.get(dims.get(i));
            for (int ord = start[i]; ord < start[i] + width[i]; ord++) {
                if (counts[ord] > 0) {
                    String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                    values1.put(path[path.length - 1], counts[ord]);
                }
            }
        }
    }
}

package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.facet.FacetsConfig;

/** Facet reader state per index reader, and the conversion of Lucene's counts into our records. */
final class FacetCounts {
    /** Values listed per dimension; years are few, places may be thousands and a page shows the top ones. */
    static final int LIMIT = 100;

    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private volatile Cached cached;

    /** The state for this reader, built once per reader (it maps every facet value to an ordinal); null when the
     *  index has no facet values at all. */
    SortedSetDocValuesReaderState state(IndexReader reader, FacetsConfig config) throws IOException {
        Cached c = cached;
        if (c == null || c.reader() != reader) {
            synchronized (this) {
                c = cached;
                if (c == null || c.reader() != reader) {
                    SortedSetDocValuesReaderState state;
                    try {
                        state = new DefaultSortedSetDocValuesReaderState(reader, config);
                    } catch (IllegalArgumentException e) { // no document has a facet field
                        state = null;
                    }
                    c = new Cached(reader, state);
                    cached = c;
                }
            }
        }
        return c.state();
    }

    /** Every dimension, in {@link Fields#FACET_DIMS} order; years oldest first, others by count, then value. */
    static Map<String, List<FacetValue>> toMap(Facets facets) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            List<FacetValue> values = new ArrayList<>();
            if (facets != null) {
                FacetResult result;
                try {
                    result = facets.getTopChildren(LIMIT, dim);
                } catch (IllegalArgumentException e) { // dimension absent from this index
                    result = null;
                }
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new FacetValue(lv.label, lv.value.longValue()));
                    }
                }
            }
            out.put(dim, ordered(dim, values));
        }
        return out;
    }

    /** Report counts ({@link ReportCounts#facets}) in the same shape: the top {@value #LIMIT} by count, ordered. */
    static Map<String, List<FacetValue>> toMap(Map<String, Map<String, Long>> counts) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            List<FacetValue> all = new ArrayList<>();
            counts.getOrDefault(dim, Map.of()).forEach((v, c) -> all.add(new FacetValue(v, c)));
            all.sort(BY_COUNT);
            out.put(dim, ordered(dim, new ArrayList<>(all.subList(0, Math.min(LIMIT, all.size())))));
        }
        return out;
    }

    private static final Comparator<FacetValue> BY_COUNT =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    /** Years oldest first, other dimensions by count, then value. */
    static List<FacetValue> ordered(String dim, List<FacetValue> values) {
        values.sort(dim.equals(Fields.YEAR) ? Comparator.comparing(FacetValue::value) : BY_COUNT);
        return values;
    }
}

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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/** The conversion of Lucene's facet counts into our records (the reader state is built per commit by
 *  {@link ServedIndex}). */
final class FacetCounts {
    /** Values listed per dimension; years are few, places may be thousands and a page shows the top ones. */
    static final int LIMIT = 100;

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

    /**
     * Counts per index-wide ordinal ({@link MatchCounts}) in the same shape as {@link #toMap(Facets)}: per
     * dimension the top {@value #LIMIT} values by count, ties to the lower ordinal (as Lucene's facet counts cut
     * them), then ordered.
     *
     * @param state the facet state the ordinals belong to, or null when the index has no facet values
     */
    static Map<String, List<FacetValue>> toMap(SortedSetDocValuesReaderState state, int[] perOrd) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACET_DIMS) {
            List<FacetValue> values = new ArrayList<>();
            SortedSetDocValuesReaderState.OrdRange range;
            try {
                range = state == null ? null : state.getOrdRange(dim);
            } catch (IllegalArgumentException e) { // dimension absent from this index
                range = null;
            }
            if (range != null) {
                List<Integer> ords = new ArrayList<>();
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    if (perOrd[ord] > 0) {
                        ords.add(ord);
                    }
                }
                ords.sort(Comparator.comparingInt((Integer ord) -> perOrd[ord]).reversed()
                        .thenComparingInt(ord -> ord));
                SortedSetDocValues labels = state.getDocValues();
                for (int ord : ords.subList(0, Math.min(LIMIT, ords.size()))) {
                    String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                    values.add(new FacetValue(path[path.length - 1], perOrd[ord]));
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

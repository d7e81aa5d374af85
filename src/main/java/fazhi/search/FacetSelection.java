package fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values a search is filtered to, read against {@link FacetProfiles}: which filtered dimensions a section
 * fails, as a bit per dimension. A section that fails none is a hit; one that fails exactly one dimension still
 * counts for that dimension's values, so each filtered dimension lists the values it could be switched to — what
 * Lucene's drill-sideways gives (values of one dimension are alternatives, dimensions all apply).
 */
final class FacetSelection {
    private final List<String> dims;
    private final List<SortedSetDocValuesReaderState.OrdRange> ranges;
    private final int all;
    /** Per ordinal: the bit of its dimension if it is a selected value, else 0. */
    private final int[] satisfies;
    /** Per profile: the bits of the dimensions it satisfies. */
    private final int[] profileSatisfies;
    private final FacetProfiles profiles;

    /** @param filters selected values by dimension; empty when nothing is selected */
    FacetSelection(SortedSetDocValuesReaderState state, FacetProfiles profiles, Map<String, List<String>> filters)
            throws IOException {
        this.profiles = profiles;
        this.dims = new ArrayList<>(filters.keySet());
        this.ranges = new ArrayList<>();
        this.all = (1 << dims.size()) - 1;
        this.satisfies = new int[state.getSize()];
        SortedSetDocValues values = state.getDocValues();
        for (int i = 0; i < dims.size(); i++) {
            SortedSetDocValuesReaderState.OrdRange range;
            try {
                range = state.getOrdRange(dims.get(i));
            } catch (IllegalArgumentException e) { // a dimension absent from this index: no section satisfies it
                range = null;
            }
            ranges.add(range);
            for (String v : filters.get(dims.get(i))) {
                long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dims.get(i), v)));
                if (ord >= 0) {
                    satisfies[(int) ord] = 1 << i;
                }
            }
        }
        this.profileSatisfies = new int[profiles.size()];
        for (int p = 0; p < profiles.size(); p++) {
            for (int ord : profiles.ords(p)) {
                profileSatisfies[p] |= satisfies[ord];
            }
        }
    }

    /** How many dimensions are filtered. */
    int size() {
        return dims.size();
    }

    /** The bits of the filtered dimensions an index-wide document fails: 0 for a hit. */
    int fails(int doc) {
        int ok = 0;
        int p = profiles.profile(doc);
        if (p >= 0) {
            ok |= profileSatisfies[p];
        }
        int s = profiles.sectionOrd(doc);
        if (s >= 0) {
            ok |= satisfies[s];
        }
        return all & ~ok;
    }

    /** The ordinals of filtered dimension i, or null if the index has none. */
    SortedSetDocValuesReaderState.OrdRange range(int i) {
        return ranges.get(i);
    }
}

package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every document's facet ordinals, held in memory so that counting a search's matches by all dimensions costs two
 * array reads per match instead of a walk of the doc values (seven ordinals per section). Sections of one report
 * share their year and places, so the ordinals apart from the section's own part ({@link Fields#CATEGORY}) are
 * stored once per distinct set, a profile; a match counts for its profile and its category ordinal, and the
 * profiles are expanded into their ordinals once per search. Profiles are found from the doc values themselves, so
 * the counts are those of the doc values whatever the documents hold. Built once per index reader and kept while it
 * lives: 8 bytes per document and a few per profile.
 */
final class FacetProfiles {
    /** Readers are compared by identity; a refreshed reader gets its own entry and the old one goes with it. */
    private static final Map<IndexReader, FacetProfiles> CACHE = new WeakHashMap<>();

    private final int[] profileOf;
    private final int[] sectionOrdOf;
    private final int[][] profiles;

    private FacetProfiles(int[] profileOf, int[] sectionOrdOf, int[][] profiles) {
        this.profileOf = profileOf;
        this.sectionOrdOf = sectionOrdOf;
        this.profiles = profiles;
    }

    static FacetProfiles of(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
        synchronized (CACHE) {
            FacetProfiles cached = CACHE.get(reader);
            if (cached == null) {
                cached = build(reader.maxDoc(), state);
                CACHE.put(reader, cached);
            }
            return cached;
        }
    }

    private static FacetProfiles build(int maxDoc, SortedSetDocValuesReaderState state) throws IOException {
        int[] profileOf = new int[maxDoc];
        int[] sectionOrdOf = new int[maxDoc];
        Arrays.fill(profileOf, -1);
        Arrays.fill(sectionOrdOf, -1);
        int sectionStart;
        int sectionEnd;
        try {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(Fields.CATEGORY);
            sectionStart = range.start();
            sectionEnd = range.end();
        } catch (IllegalArgumentException e) { // no section has a category
            sectionStart = 0;
            sectionEnd = -1;
        }
        Map<Profile, Integer> ids = new HashMap<>();
        int[] buffer = new int[8];
        Profile previous = null;
        int previousId = -1;
        SortedSetDocValues values = state.getDocValues(); // index-wide ordinals
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            int n = 0;
            for (int k = 0; k < values.docValueCount(); k++) {
                int ord = (int) values.nextOrd();
                if (ord >= sectionStart && ord <= sectionEnd && sectionOrdOf[doc] < 0) {
                    sectionOrdOf[doc] = ord;
                    continue;
                }
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, n * 2);
                }
                buffer[n++] = ord;
            }
            if (n == 0) {
                continue;
            }
            // the sections of one report are neighbours: most documents repeat the previous one's profile
            if (previous == null || !Arrays.equals(previous.ords, 0, previous.ords.length, buffer, 0, n)) {
                previous = new Profile(Arrays.copyOf(buffer, n));
                previousId = ids.computeIfAbsent(previous, k -> ids.size());
            }
            profileOf[doc] = previousId;
        }
        int[][] profiles = new int[ids.size()][];
        ids.forEach((p, id) -> profiles[id] = p.ords);
        return new FacetProfiles(profileOf, sectionOrdOf, profiles);
    }

    /** A set of ordinals, in the increasing order the doc values give them. */
    private record Profile(int[] ords) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Profile p && Arrays.equals(ords, p.ords);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ords);
        }
    }

    /** How many profiles there are (a bound for counts over them). */
    int size() {
        return profiles.length;
    }

    /** The profile of an index-wide document id, or -1 if it has no facet value apart from its category. */
    int profile(int doc) {
        return profileOf[doc];
    }

    /** The category ordinal of an index-wide document id, or -1 if it has none. */
    int sectionOrd(int doc) {
        return sectionOrdOf[doc];
    }

    /** The ordinals of a profile. */
    int[] ords(int profile) {
        return profiles[profile];
    }

    /** Adds per-profile match counts into counts per ordinal. */
    void expand(int[] perProfile, int[] perOrd) {
        for (int p = 0; p < perProfile.length; p++) {
            int n = perProfile[p];
            if (n > 0) {
                for (int ord : profiles[p]) {
                    perOrd[ord] += n;
                }
            }
        }
    }
}

package fazhi.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search without filters counts over all its matches — facet counts by section for every dimension,
 * distinct reports and occurrences — as the matches are collected, in the same pass as the page and on each core's
 * partition of the index ({@link SlicedSearcher}), instead of collecting the matching set and reading it again three
 * times on one thread. Facet counts come from {@link FacetProfiles}, reports from {@link ReportOrdinals}, occurrences
 * from the postings ({@link OccurrenceCounter}); each is what {@code SortedSetDocValuesFacetCounts} and
 * {@link ReportCounts} give on the matching set (a test compares them).
 */
final class MatchCounts {
    private final SortedSetDocValuesReaderState state;
    private final int[] perOrd;
    private final long reports;
    private final long occurrences;

    private MatchCounts(SortedSetDocValuesReaderState state, int[] perOrd, long reports, long occurrences) {
        this.state = state;
        this.perOrd = perOrd;
        this.reports = reports;
        this.occurrences = occurrences;
    }

    /** Section counts of every dimension, as {@link FacetCounts#toMap(org.apache.lucene.facet.Facets)} gives them. */
    Map<String, List<FacetValue>> facets() throws IOException {
        return FacetCounts.toMap(state, perOrd);
    }

    /** Distinct reports among the matches. */
    long reports() {
        return reports;
    }

    /** The sum of {@code matches} over the matches. */
    long occurrences() {
        return occurrences;
    }

    /**
     * Collects the counts of one search of {@code reader}.
     *
     * @param state the facet state of the reader, or null when the index has no facet values
     */
    static CollectorManager<Slice, MatchCounts> manager(IndexReader reader, SortedSetDocValuesReaderState state,
                                                        OccurrenceCounter counter, Deadline deadline)
            throws IOException {
        ReportOrdinals reports = ReportOrdinals.of(reader);
        FacetProfiles profiles = state == null ? null : FacetProfiles.of(reader, state);
        return new CollectorManager<>() {
            @Override
            public Slice newCollector() {
                return new Slice(reports, profiles, state == null ? 0 : state.getSize(), counter, deadline);
            }

            @Override
            public MatchCounts reduce(Collection<Slice> slices) {
                int[] perOrd = new int[state == null ? 0 : state.getSize()];
                FixedBitSet seen = new FixedBitSet(Math.max(1, reports.size()));
                long occurrences = 0;
                for (Slice s : slices) {
                    if (profiles != null) {
                        profiles.expand(s.perProfile, perOrd);
                        for (int ord = 0; ord < perOrd.length; ord++) {
                            perOrd[ord] += s.perSectionOrd[ord];
                        }
                    }
                    seen.or(s.reports);
                    occurrences += s.occurrences;
                }
                return new MatchCounts(state, perOrd, seen.cardinality(), occurrences);
            }
        };
    }

    /** The counts of one partition of the index. */
    static final class Slice implements Collector {
        /** Occurrences of a long phrase cost milliseconds per section to count; the deadline is checked this often. */
        private static final int DOCS_PER_CHECK = 16;

        private final ReportOrdinals reportOrdinals;
        private final FacetProfiles profiles;
        private final int[] perProfile;
        private final int[] perSectionOrd;
        private final FixedBitSet reports;
        private final OccurrenceCounter counter;
        private final Deadline deadline;
        private long occurrences;

        private Slice(ReportOrdinals reports, FacetProfiles profiles, int ords, OccurrenceCounter counter,
                      Deadline deadline) {
            this.reportOrdinals = reports;
            this.profiles = profiles;
            this.perProfile = new int[profiles == null ? 0 : profiles.size()];
            this.perSectionOrd = new int[profiles == null ? 0 : ords];
            this.reports = new FixedBitSet(Math.max(1, reports.size()));
            this.counter = counter;
            this.deadline = deadline;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int base = context.docBase;
            OccurrenceCounter.Leaf occurrencesHere = counter.countsNothing() ? null : counter.leaf(context.reader());
            return new LeafCollector() {
                private int collected;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    int d = base + doc;
                    if (profiles != null) {
                        int p = profiles.profile(d);
                        if (p >= 0) {
                            perProfile[p]++;
                        }
                        int s = profiles.sectionOrd(d);
                        if (s >= 0) {
                            perSectionOrd[s]++;
                        }
                    }
                    int r = reportOrdinals.report(d);
                    if (r >= 0) {
                        reports.set(r);
                    }
                    if (occurrencesHere != null) {
                        if (++collected % DOCS_PER_CHECK == 0) {
                            deadline.check();
                        }
                        occurrences += occurrencesHere.count(doc);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

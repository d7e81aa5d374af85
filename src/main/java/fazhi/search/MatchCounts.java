package fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * A search's page and what it counts over all its hits — facet counts by section for every dimension, distinct
 * reports and occurrences — taken as the query's matches are collected, in one pass on each core's partition of the
 * index ({@link SlicedSearcher}), instead of collecting the matching sets and reading them again on one thread.
 * Filters are applied here ({@link FacetSelection}): the query runs without them, a match that fails one filtered
 * dimension counts only for that dimension's values, as Lucene's drill-sideways counts it. Facet counts come from
 * {@link FacetProfiles}, reports from {@link ReportOrdinals}, occurrences from the postings
 * ({@link OccurrenceCounter}); each is what drill-sideways, {@code SortedSetDocValuesFacetCounts} and
 * {@link ReportCounts} give (tests compare them).
 */
final class MatchCounts {
    private final TopFieldDocs top;
    private final SortedSetDocValuesReaderState state;
    private final int[] perOrd;
    private final long reports;
    private final long occurrences;

    private MatchCounts(TopFieldDocs top, SortedSetDocValuesReaderState state, int[] perOrd, long reports,
                        long occurrences) {
        this.top = top;
        this.state = state;
        this.perOrd = perOrd;
        this.reports = reports;
        this.occurrences = occurrences;
    }

    /** The hits' page (and their exact total). */
    TopFieldDocs top() {
        return top;
    }

    /** Section counts of every dimension, as {@link FacetCounts#toMap(org.apache.lucene.facet.Facets)} gives them. */
    Map<String, List<FacetValue>> facets() throws IOException {
        return FacetCounts.toMap(state, perOrd);
    }

    /** Distinct reports among the hits. */
    long reports() {
        return reports;
    }

    /** The sum of {@code matches} over the hits. */
    long occurrences() {
        return occurrences;
    }

    /**
     * Collects the page and the counts of one search of {@code reader}.
     *
     * @param state   the facet state of the reader, or null when the index has no facet values (then nothing may be
     *                filtered)
     * @param filters selected facet values by dimension; empty when nothing is selected
     */
    static CollectorManager<Slice, MatchCounts> manager(IndexReader reader, SortedSetDocValuesReaderState state,
                                                        Map<String, List<String>> filters,
                                                        TopFieldCollectorManager hits, OccurrenceCounter counter,
                                                        Deadline deadline) throws IOException {
        ReportOrdinals reports = ReportOrdinals.of(reader);
        FacetProfiles profiles = state == null ? null : FacetProfiles.of(reader, state);
        if (profiles == null && !filters.isEmpty()) {
            throw new IllegalArgumentException("no facet values to filter on");
        }
        FacetSelection selection = profiles == null ? null : new FacetSelection(state, profiles, filters);
        int ords = state == null ? 0 : state.getSize();
        return new CollectorManager<>() {
            @Override
            public Slice newCollector() {
                return new Slice(hits.newCollector(), reports, profiles, selection, ords, counter, deadline);
            }

            @Override
            public MatchCounts reduce(Collection<Slice> slices) throws IOException {
                List<TopFieldCollector> pages = new ArrayList<>();
                int[] perOrd = new int[ords];
                FixedBitSet seen = new FixedBitSet(Math.max(1, reports.size()));
                long occurrences = 0;
                for (Slice s : slices) {
                    pages.add(s.page);
                    if (profiles != null) {
                        add(profiles, s.hits, perOrd);
                        for (int i = 0; i < selection.size(); i++) { // sideways: only the dimension it fails
                            add(profiles, s.sideways[i], perOrd, selection.range(i));
                        }
                    }
                    seen.or(s.reports);
                    occurrences += s.occurrences;
                }
                return new MatchCounts(hits.reduce(pages), state, perOrd, seen.cardinality(), occurrences);
            }
        };
    }

    /** Adds counts into counts per ordinal. */
    private static void add(FacetProfiles profiles, Counts counts, int[] perOrd) {
        profiles.expand(counts.perProfile, perOrd);
        for (int ord = 0; ord < perOrd.length; ord++) {
            perOrd[ord] += counts.perSectionOrd[ord];
        }
    }

    /** Adds counts into counts per ordinal, for the ordinals of one dimension only (none if it has none). */
    private static void add(FacetProfiles profiles, Counts counts, int[] perOrd,
                            SortedSetDocValuesReaderState.OrdRange only) {
        if (only != null) {
            int[] all = new int[perOrd.length];
            add(profiles, counts, all);
            for (int ord = only.start(); ord <= only.end(); ord++) {
                perOrd[ord] += all[ord];
            }
        }
    }

    /** Matches counted by profile and by category ordinal. */
    private static final class Counts {
        final int[] perProfile;
        final int[] perSectionOrd;

        Counts(FacetProfiles profiles, int ords) {
            this.perProfile = new int[profiles == null ? 0 : profiles.size()];
            this.perSectionOrd = new int[profiles == null ? 0 : ords];
        }

        void add(FacetProfiles profiles, int doc) {
            int p = profiles.profile(doc);
            if (p >= 0) {
                perProfile[p]++;
            }
            int s = profiles.sectionOrd(doc);
            if (s >= 0) {
                perSectionOrd[s]++;
            }
        }
    }

    /** The page and counts of one partition of the index. */
    static final class Slice implements Collector {
        /** Occurrences of a long phrase cost milliseconds per section to count; the deadline is checked this often. */
        private static final int DOCS_PER_CHECK = 16;

        private final TopFieldCollector page;
        private final ReportOrdinals reportOrdinals;
        private final FacetProfiles profiles;
        private final FacetSelection selection;
        private final Counts hits;
        /** Per filtered dimension: the matches that fail it and no other. */
        private final Counts[] sideways;
        private final FixedBitSet reports;
        private final OccurrenceCounter counter;
        private final Deadline deadline;
        private long occurrences;

        private Slice(TopFieldCollector page, ReportOrdinals reports, FacetProfiles profiles,
                      FacetSelection selection, int ords, OccurrenceCounter counter, Deadline deadline) {
            this.page = page;
            this.reportOrdinals = reports;
            this.profiles = profiles;
            this.selection = selection;
            this.hits = new Counts(profiles, ords);
            this.sideways = new Counts[selection == null ? 0 : selection.size()];
            for (int i = 0; i < sideways.length; i++) {
                sideways[i] = new Counts(profiles, ords);
            }
            this.reports = new FixedBitSet(Math.max(1, reports.size()));
            this.counter = counter;
            this.deadline = deadline;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int base = context.docBase;
            LeafCollector pageHere = page.getLeafCollector(context);
            OccurrenceCounter.Leaf occurrencesHere = counter.countsNothing() ? null : counter.leaf(context.reader());
            return new LeafCollector() {
                private int collected;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    pageHere.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int d = base + doc;
                    int fails = selection == null ? 0 : selection.fails(d);
                    if (fails != 0) {
                        if ((fails & (fails - 1)) == 0) { // exactly one filtered dimension fails
                            sideways[Integer.numberOfTrailingZeros(fails)].add(profiles, d);
                        }
                        return;
                    }
                    pageHere.collect(doc);
                    if (profiles != null) {
                        hits.add(profiles, d);
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

                @Override
                public void finish() throws IOException {
                    pageHere.finish();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode();
        }
    }
}

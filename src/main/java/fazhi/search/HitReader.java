package fazhi.search;

import fazhi.index.Analyzers;
import fazhi.index.Fields;
import fazhi.index.LineStartsField;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Builds the hits of one page: stored fields, exact match counts and highlighted snippets. */
final class HitReader {
    static final int PASSAGES = 2;
    /** Passages are sentences, joined or cut to about this many characters: Chinese sentences run long. */
    static final int PASSAGE_LENGTH = 120;
    /** The exact fields keep no offsets, so the highlighter re-analyses the page's stored texts with this (bigrams
     *  and unigrams, see {@link QueryTranslator#textHighlight}); analyzers are thread-safe, so one serves every
     *  search. */
    private static final Analyzer ANALYZER = Analyzers.highlighting();

    private HitReader() {
    }

    /** The hits of a page; the snippets are marked under the search's deadline, checked per hit. */
    static List<Hit> read(IndexSearcher searcher, ScoreDoc[] page, QueryNode node, Deadline deadline)
            throws IOException {
        List<QueryTranslator.Literal> literals = QueryTranslator.literals(node);
        SectionMarker marker = SectionMarker.of(node);
        String[] snippets = snippets(searcher, page, new BoundedQuery(QueryTranslator.textHighlight(node), deadline));
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String heading = value(d, Fields.HEADING, "");
            String text = value(d, Fields.TEXT, "");
            List<String> path = Arrays.stream(d.getValues(Fields.HEADING_PATH)).toList();
            Occurrence first = Occurrence.first(literals, heading, text);
            int line = first == null ? d.getField(Fields.LINE).numericValue().intValue()
                    : LineStartsField.read(d).lineAt(first.inHeading(), first.start());
            hits.add(Hit.of(d.get(Fields.ID), StoredReports.summary(d, 0), d.get(Fields.CATEGORY), heading, path,
                    Float.isNaN(page[i].score) ? 0f : page[i].score,
                    QueryTranslator.countMatches(literals, heading, text),
                    snippets[i] == null ? "" : snippets[i], marker.heading(heading), line,
                    first == null || first.inHeading() ? null : first.start()));
        }
        return hits;
    }

    private static String[] snippets(IndexSearcher searcher, ScoreDoc[] page, Query highlight) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withWeightMatches(true) // a phrase is marked as one span, not character by character
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .build();
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(Fields.TEXT, highlight, docs, PASSAGES);
    }

    private static String value(Document d, String field, String missing) {
        String v = d.get(field);
        return v == null ? missing : v;
    }
}

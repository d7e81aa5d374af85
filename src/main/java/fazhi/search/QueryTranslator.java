package fazhi.search;

import fazhi.index.Analyzers;
import fazhi.index.ExactTerms;
import fazhi.index.Fields;
import fazhi.search.QueryNode.Scope;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link QueryNode} tree into a Lucene query. Which sections match is decided by the character fields only
 * (exact mode) or by words or characters (words mode); the word fields and the heading only move scores.
 *
 * <p>Scores are built in tiers so the ranking promises hold whatever the text lengths: a match in the section's own
 * heading adds {@value #HEADING}, a whole-word match (the term is a word, or a run of words, of SmartCN's
 * segmentation) adds {@value #WHOLE_WORD}, and the BM25 score of the character phrase, scaled to stay well below 1,
 * orders sections within a tier by how often and how densely they mention the term.
 */
final class QueryTranslator {
    static final float HEADING = 4f;
    static final float WHOLE_WORD = 2f;
    static final float FREQUENCY = 0.05f;
    /** A long term segments into many words; beyond this many, further words add nothing to ranking. */
    static final int MAX_WORDS_PER_TERM = 32;

    private final Analyzer words = Analyzers.words();

    Query translate(QueryNode node, Mode mode) throws QuerySyntaxException {
        return switch (node) {
            case QueryNode.All all -> new MatchAllDocsQuery();
            case QueryNode.Term term -> mode == Mode.EXACT ? exactTerm(term) : wordsTerm(term);
            case QueryNode.Filter filter -> new ConstantScoreQuery(new TermQuery(new Term(filter.field(),
                    filter.value())));
            case QueryNode.YearRange range -> IntPoint.newRangeQuery(Fields.YEAR, range.from(), range.to());
            case QueryNode.Not not -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(translate(not.clause(), mode), Occur.MUST_NOT).build();
            case QueryNode.Or or -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (QueryNode c : or.clauses()) {
                    b.add(translate(c, mode), Occur.SHOULD);
                }
                yield b.build();
            }
            case QueryNode.And and -> and(and, mode);
        };
    }

    /** Exact mode: all clauses required. Words mode: free terms become "any of", everything else stays required. */
    private Query and(QueryNode.And and, Mode mode) throws QuerySyntaxException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean anyOf = false;
        for (QueryNode c : and.clauses()) {
            if (c instanceof QueryNode.Not not) {
                b.add(translate(not.clause(), mode), Occur.MUST_NOT);
            } else if (isFilter(c)) {
                b.add(translate(c, mode), Occur.FILTER);
                positive = true;
            } else if (mode == Mode.WORDS && c instanceof QueryNode.Term) {
                b.add(translate(c, mode), Occur.SHOULD);
                anyOf = true;
            } else {
                b.add(translate(c, mode), Occur.MUST);
                positive = true;
            }
        }
        if (anyOf) {
            b.setMinimumNumberShouldMatch(1);
        } else if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST); // only exclusions: exclude from everything
        }
        return b.build();
    }

    private static boolean isFilter(QueryNode node) {
        return node instanceof QueryNode.Filter || node instanceof QueryNode.YearRange
                || (node instanceof QueryNode.Term t && t.scope() == Scope.PATH);
    }

    private Query exactTerm(QueryNode.Term term) throws QuerySyntaxException {
        String chars = normalized(term);
        if (term.scope() == Scope.PATH) {
            return new ConstantScoreQuery(charPhrase(Fields.PATH, chars));
        }
        List<String> words = wordsOf(chars);
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        BooleanQuery.Builder score = new BooleanQuery.Builder();
        if (term.scope() != Scope.TEXT) {
            where.add(new BoostQuery(new ConstantScoreQuery(charPhrase(Fields.HEADING, chars)), HEADING),
                    Occur.SHOULD);
            wholeWord(Fields.HEADING_WORDS, words, 1f).ifPresent(q -> score.add(q, Occur.SHOULD));
        }
        if (term.scope() != Scope.HEADING) {
            where.add(new BoostQuery(charPhrase(Fields.TEXT, chars), FREQUENCY / chars.length()), Occur.SHOULD);
            wholeWord(Fields.TEXT_WORDS, words, WHOLE_WORD).ifPresent(q -> score.add(q, Occur.SHOULD));
        }
        score.add(where.build(), Occur.MUST);
        return score.build();
    }

    /** Words mode: any of the term's words (BM25, heading counted thrice), or the literal anywhere, ranked low. */
    private Query wordsTerm(QueryNode.Term term) throws QuerySyntaxException {
        String chars = normalized(term);
        if (term.scope() == Scope.PATH) {
            return new ConstantScoreQuery(charPhrase(Fields.PATH, chars));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> tokens = wordsOf(chars);
        if (term.scope() != Scope.TEXT) {
            b.add(new BoostQuery(new ConstantScoreQuery(charPhrase(Fields.HEADING, chars)), 0.1f), Occur.SHOULD);
            for (String w : tokens) {
                b.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING_WORDS, w)), 3f), Occur.SHOULD);
            }
        }
        if (term.scope() != Scope.HEADING) {
            b.add(new BoostQuery(new ConstantScoreQuery(charPhrase(Fields.TEXT, chars)), 0.1f), Occur.SHOULD);
            for (String w : tokens) {
                b.add(new TermQuery(new Term(Fields.TEXT_WORDS, w)), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The section has the term as a whole word (or run of whole words) of its segmentation. */
    private static java.util.Optional<Query> wholeWord(String field, List<String> tokens, float boost) {
        if (tokens.isEmpty()) {
            return java.util.Optional.empty();
        }
        Query q = tokens.size() == 1 ? new TermQuery(new Term(field, tokens.getFirst()))
                : new PhraseQuery(field, tokens.toArray(String[]::new));
        return java.util.Optional.of(new BoostQuery(new ConstantScoreQuery(q), boost));
    }

    private List<String> wordsOf(String chars) {
        List<String> tokens = Analyzers.tokens(words, Fields.TEXT_WORDS, chars);
        return tokens.size() > MAX_WORDS_PER_TERM ? tokens.subList(0, MAX_WORDS_PER_TERM) : tokens;
    }

    /** A literal substring: its folded characters as a slop-0 phrase of the field's bigrams (one character: a
     *  unigram term), see {@link ExactTerms}. */
    static Query charPhrase(String field, String chars) {
        return phrase(ExactTerms.of(field, chars));
    }

    private static Query phrase(ExactTerms exact) {
        if (exact.terms().length == 1) {
            return new TermQuery(exact.terms()[0]);
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < exact.terms().length; i++) {
            b.add(exact.terms()[i], exact.offsets()[i]);
        }
        return b.build();
    }

    private static String normalized(QueryNode.Term term) throws QuerySyntaxException {
        String chars = Folding.forMatching(term.text());
        if (chars.isEmpty()) {
            throw new QuerySyntaxException("nothing left to search for in '" + term.text() + "'",
                    "“" + term.text() + "”里没有可以检索的字符", term.position());
        }
        return chars;
    }

    /** What the highlighter should mark in the text (re-analysed by {@link Analyzers#highlighting}): the literal of
     *  every positive term that may match there. */
    static Query textHighlight(QueryNode node) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (Literal l : literals(node)) {
            if (l.inText()) {
                b.add(phrase(ExactTerms.forHighlighting(Fields.TEXT, l.chars())), Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : new MatchNoDocsQuery();
    }

    /** A normalised literal that counts as a match, and where it counts. */
    record Literal(String chars, boolean inHeading, boolean inText) {
    }

    /** The free, heading: and text: terms that are not under a NOT, each once: what {@code matches} counts. */
    static List<Literal> literals(QueryNode node) {
        Set<Literal> out = new LinkedHashSet<>();
        collect(node, out);
        return new ArrayList<>(out);
    }

    private static void collect(QueryNode node, Set<Literal> out) {
        switch (node) {
            case QueryNode.Term t when t.scope() != Scope.PATH -> {
                String chars = Folding.forMatching(t.text());
                if (!chars.isEmpty()) {
                    out.add(new Literal(chars, t.scope() != Scope.TEXT, t.scope() != Scope.HEADING));
                }
            }
            case QueryNode.And and -> and.clauses().forEach(c -> collect(c, out));
            case QueryNode.Or or -> or.clauses().forEach(c -> collect(c, out));
            default -> {
                // NOT, filters, path: terms and the empty query contribute no matches
            }
        }
    }

    /** Non-overlapping occurrences of the query's literals in a section's normalised heading and text. */
    static int countMatches(List<Literal> literals, String heading, String text) {
        String h = Folding.forMatching(heading);
        String t = Folding.forMatching(text);
        int n = 0;
        for (Literal l : literals) {
            n += (l.inHeading() ? countOccurrences(h, l.chars()) : 0)
                    + (l.inText() ? countOccurrences(t, l.chars()) : 0);
        }
        return n;
    }

    /** Non-overlapping occurrences of a folded needle in a folded haystack, left to right. */
    static int countOccurrences(String haystack, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}

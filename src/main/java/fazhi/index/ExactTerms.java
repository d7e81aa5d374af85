package fazhi.index;

import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * How a literal of folded characters ({@link fazhi.text.Folding#forMatching}) is looked up in an exact field
 * (heading, text, path), the one place that knows the layout {@link FoldedCharTokenizer} writes: one character is
 * its unigram term; two or more are bigrams that cover every character, at their offsets from the literal's first
 * character — 0, 2, 4 … and the last pair (法律顾问: 法律@0 顾问@2; 依法行政工作: 依法@0 行政@2 工作@4; 法治宣传队:
 * 法治@0 宣传@2 传队@3). Since every position of a field but its last starts a bigram, the literal occurs at p
 * exactly when each of these terms sits at p + its offset.
 *
 * @param length the literal's length in code points: a match covers positions p … p + length − 1
 */
public record ExactTerms(Term[] terms, int[] offsets, int length) {
    private static final Map<String, String> UNIGRAMS = Map.of(Fields.HEADING, Fields.HEADING_UNIGRAMS,
            Fields.TEXT, Fields.TEXT_UNIGRAMS, Fields.PATH, Fields.PATH_UNIGRAMS);

    /** The terms to search an exact field for: a single character in the field's unigram field. */
    public static ExactTerms of(String field, String folded) {
        String unigrams = UNIGRAMS.get(field);
        if (unigrams == null) {
            throw new IllegalArgumentException("not an exact field: " + field);
        }
        return of(field, unigrams, folded);
    }

    /** The terms to mark in a text re-analysed by {@link Analyzers#highlighting}, which puts unigrams in the field
     *  itself. */
    public static ExactTerms forHighlighting(String field, String folded) {
        return of(field, field, folded);
    }

    private static ExactTerms of(String field, String unigramField, String folded) {
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 0) {
            throw new IllegalArgumentException("an empty literal matches nothing");
        }
        if (cps.length == 1) {
            return new ExactTerms(new Term[] {new Term(unigramField, folded)}, new int[] {0}, 1);
        }
        int count = cps.length / 2; // pairs at 0, 2, 4 …; an odd length adds the last pair
        if (cps.length % 2 == 1) {
            count++;
        }
        Term[] terms = new Term[count];
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            int at = Math.min(2 * i, cps.length - 2);
            terms[i] = new Term(field, new String(cps, at, 2));
            offsets[i] = at;
        }
        return new ExactTerms(terms, offsets, cps.length);
    }

    /** Whether the literal is one character: a term whose frequency is its number of occurrences. */
    public boolean single() {
        return length == 1;
    }
}

package fazhi.search;

import fazhi.index.ExactTerms;
import fazhi.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;

/**
 * Counts a section's {@code matches} from the index's positions instead of its stored text, so that the occurrences
 * of every matching section can be summed at the cost of reading postings (what the phrase query itself reads), not
 * of decompressing every text. Exact because the exact fields hold one position per folded code point
 * ({@link fazhi.index.FoldedCharTokenizer}): position = index in the normalised text, so a literal occurs at p when
 * each of its terms ({@link ExactTerms}) sits at p + its offset, and counting leftmost non-overlapping starts gives
 * what {@link QueryTranslator#countMatches} gives on the stored text (a test compares the two on every hit). A
 * one-character literal is its unigram's frequency, and so is a two-character one of two different characters
 * (法治) its bigram's: two of its occurrences cannot overlap, so it needs no positions; one of a character twice
 * (哈哈) does, as 哈哈哈 holds it once.
 */
final class OccurrenceCounter {
    private final List<QueryTranslator.Literal> literals;

    OccurrenceCounter(List<QueryTranslator.Literal> literals) {
        this.literals = literals;
    }

    boolean countsNothing() {
        return literals.isEmpty();
    }

    /** A counter over one segment; ask it for documents in increasing order. */
    Leaf leaf(LeafReader reader) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        for (QueryTranslator.Literal l : literals) {
            if (l.inHeading()) {
                Phrase p = Phrase.of(reader, Fields.HEADING, l.chars());
                if (p != null) {
                    phrases.add(p);
                }
            }
            if (l.inText()) {
                Phrase p = Phrase.of(reader, Fields.TEXT, l.chars());
                if (p != null) {
                    phrases.add(p);
                }
            }
        }
        return new Leaf(phrases);
    }

    static final class Leaf {
        private final List<Phrase> phrases;

        private Leaf(List<Phrase> phrases) {
            this.phrases = phrases;
        }

        /** Non-overlapping occurrences of the literals in this segment-local document. */
        int count(int doc) throws IOException {
            int n = 0;
            for (Phrase p : phrases) {
                n += p.count(doc);
            }
            return n;
        }
    }

    /** One literal in one field: a postings list per term, absent (null) when a term never occurs. */
    private static final class Phrase {
        private final PostingsEnum[] terms;
        private final int[] offsets;
        private final int length;
        /** Whether the first term's frequency is the count: one term whose occurrences cannot overlap. */
        private final boolean byFrequency;
        /** Per term: the position read last in the current document, and how many are left to read. */
        private final int[] at;
        private final int[] left;

        private Phrase(PostingsEnum[] terms, ExactTerms exact, boolean byFrequency) {
            this.terms = terms;
            this.byFrequency = byFrequency;
            this.offsets = exact.offsets();
            this.length = exact.length();
            this.at = new int[terms.length];
            this.left = new int[terms.length];
        }

        static Phrase of(LeafReader reader, String field, String literal) throws IOException {
            ExactTerms exact = ExactTerms.of(field, literal);
            PostingsEnum[] terms = new PostingsEnum[exact.terms().length];
            boolean byFrequency = exact.single() || (terms.length == 1 && literal.codePointAt(0)
                    != literal.codePointAt(literal.offsetByCodePoints(0, 1)));
            for (int i = 0; i < terms.length; i++) {
                terms[i] = reader.postings(exact.terms()[i], byFrequency ? PostingsEnum.FREQS
                        : PostingsEnum.POSITIONS);
                if (terms[i] == null) {
                    return null;
                }
            }
            return new Phrase(terms, exact, byFrequency);
        }

        int count(int doc) throws IOException {
            for (PostingsEnum e : terms) {
                if (e.docID() < doc) {
                    e.advance(doc);
                }
                if (e.docID() != doc) {
                    return 0;
                }
            }
            if (byFrequency) {
                return terms[0].freq();
            }
            for (int i = 0; i < terms.length; i++) {
                left[i] = terms[i].freq() - 1;
                at[i] = terms[i].nextPosition();
            }
            return leftmostNonOverlapping();
        }

        /** Starts p where term i sits at p + offset i for every i, taken left to right, each past the last match;
         *  positions are read as far as needed and no further (a term's last one ends the count). */
        private int leftmostNonOverlapping() throws IOException {
            int n = terms.length;
            int count = 0;
            int free = Integer.MIN_VALUE;
            while (true) {
                int p = at[0];
                if (p >= free) {
                    boolean whole = true;
                    for (int i = 1; i < n && whole; i++) {
                        int target = p + offsets[i];
                        while (at[i] < target) {
                            if (left[i] == 0) {
                                return count;
                            }
                            left[i]--;
                            at[i] = terms[i].nextPosition();
                        }
                        whole = at[i] == target;
                    }
                    if (whole) {
                        count++;
                        free = p + length;
                    }
                }
                if (left[0] == 0) {
                    return count;
                }
                left[0]--;
                at[0] = terms[0].nextPosition();
            }
        }
    }
}

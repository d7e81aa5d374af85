package fazhi.index;

import fazhi.text.FoldedText;
import fazhi.text.Folding;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The folded text ({@link Folding#fold}, whitespace dropped, punctuation and digits kept) as character n-grams, one
 * position per folded code point: at position p the {@link Grams#UNIGRAMS unigram} is the p-th code point, the
 * {@link Grams#BIGRAMS bigram} the p-th and the next (the last code point starts none). A literal substring of the
 * normalised text is then exactly a slop-0 phrase of bigrams ({@link ExactTerms}), at any length from two, and a
 * single character is a unigram term; neither word segmentation (keeps 镇政府 whole) nor bigrams alone (cannot
 * match one character) give that.
 *
 * <p>Offsets point at the original characters a token was folded from ({@link FoldedText}), so highlights land on
 * the text as written. A character that folds to several (㍿ → 株式会社) yields several positions with that same
 * character's offsets.
 */
public final class FoldedCharTokenizer extends Tokenizer {
    /** Which grams start at each position. */
    public enum Grams {
        /** One code point per position. */
        UNIGRAMS,
        /** Two code points per position, none at the last. */
        BIGRAMS,
        /** The bigram and, at the same position, the unigram: what the highlighter re-analyses a text into, so
         *  that a query of either kind marks it. */
        BOTH
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private final Grams grams;
    private final StringBuilder buffer = new StringBuilder();
    private FoldedText text;
    private int next; // index in the folded text of the next position
    private int pendingUnigram = -1; // BOTH: the unigram still to give at the position just given

    public FoldedCharTokenizer(Grams grams) {
        this.grams = grams;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        String folded = text.folded();
        if (pendingUnigram >= 0) {
            emit(folded, pendingUnigram, 1, 0);
            pendingUnigram = -1;
            return true;
        }
        if (next >= folded.length()) {
            return false;
        }
        int at = next;
        next += Character.charCount(folded.codePointAt(at));
        boolean last = next >= folded.length();
        if (grams == Grams.UNIGRAMS || (grams == Grams.BOTH && last)) {
            emit(folded, at, 1, 1);
        } else if (last) { // BIGRAMS: the last code point starts no bigram; it is the second half of the one before
            return false;
        } else {
            emit(folded, at, 2, 1);
            if (grams == Grams.BOTH) {
                pendingUnigram = at;
            }
        }
        return true;
    }

    /** Gives the gram of {@code codePoints} code points starting at folded index {@code at}. */
    private void emit(String folded, int at, int codePoints, int increment) {
        int end = folded.offsetByCodePoints(at, codePoints);
        term.setEmpty().append(folded, at, end);
        int lastChar = end - 1; // a low surrogate points at the same original character as its high one
        offset.setOffset(correctOffset(text.originalStart(at)), correctOffset(text.originalEnd(lastChar)));
        posInc.setPositionIncrement(increment);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        // Sections are at most tens of kilobytes, so reading the whole value keeps surrogate pairs in one piece.
        buffer.setLength(0);
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) != -1; ) {
            buffer.append(chunk, 0, n);
        }
        text = Folding.withOffsets(buffer);
        next = 0;
        pendingUnigram = -1;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(buffer.length());
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = null;
    }
}

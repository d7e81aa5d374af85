package fazhi.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One token per folded code point ({@link MatchNormalizer#fold}), whitespace skipped, punctuation and digits kept.
 * A literal substring of the normalised text is then exactly a slop-0 phrase of its characters, at any length, which
 * neither word segmentation (keeps 镇政府 whole) nor bigrams (cannot match one character) give.
 *
 * <p>Offsets point at the original character a token was folded from, so highlights land on the text as written.
 * A character that folds to several (㍿ → 株式会社) yields several tokens with that same character's offsets.
 */
public final class FoldedCharTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private final StringBuilder buffer = new StringBuilder();
    private int next;         // index in buffer of the next original code point
    private String pending;   // folded form of the current original code point
    private int pendingAt;    // index into pending of the next folded code point
    private int start;        // original offsets of the current code point
    private int end;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (pending == null || pendingAt >= pending.length()) {
            if (next >= buffer.length()) {
                return false;
            }
            int cp = Character.codePointAt(buffer, next);
            start = next;
            end = next + Character.charCount(cp);
            next = end;
            pending = MatchNormalizer.fold(cp);
            pendingAt = 0;
        }
        int folded = pending.codePointAt(pendingAt);
        pendingAt += Character.charCount(folded);
        term.setEmpty().append(new String(Character.toChars(folded)));
        offset.setOffset(correctOffset(start), correctOffset(end));
        posInc.setPositionIncrement(1);
        return true;
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
        next = 0;
        pending = null;
        pendingAt = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(buffer.length());
        offset.setOffset(last, last);
    }
}

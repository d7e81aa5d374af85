package fazhi.index;

import fazhi.text.FoldedText;
import fazhi.text.Folding;
import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One token per folded code point ({@link Folding#fold}), whitespace skipped, punctuation and digits kept.
 * A literal substring of the normalised text is then exactly a slop-0 phrase of its characters, at any length, which
 * neither word segmentation (keeps 镇政府 whole) nor bigrams (cannot match one character) give.
 *
 * <p>Offsets point at the original character a token was folded from ({@link FoldedText}), so highlights land on
 * the text as written. A character that folds to several (㍿ → 株式会社) yields several tokens with that same
 * character's offsets.
 */
public final class FoldedCharTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private final StringBuilder buffer = new StringBuilder();
    private FoldedText text;
    private int next; // index in the folded text of the next token

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        String folded = text.folded();
        if (next >= folded.length()) {
            return false;
        }
        int cp = folded.codePointAt(next);
        int at = next;
        next += Character.charCount(cp);
        term.setEmpty().append(folded, at, next);
        offset.setOffset(correctOffset(text.originalStart(at)), correctOffset(text.originalEnd(at)));
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
        text = Folding.withOffsets(buffer);
        next = 0;
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

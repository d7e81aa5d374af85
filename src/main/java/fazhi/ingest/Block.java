package fazhi.ingest;

/**
 * One line of a report's body as the parser sees it: a heading (with its marker and level) or a paragraph. Blocks
 * are mutable only while {@link PageBreaks} joins lines that a page break cut.
 */
final class Block {
    final int line;
    final HeadingMarker marker;
    final int level;
    String text;
    /** Whether a continuation line was joined onto this block. */
    boolean joined;
    /** The file line of each piece of {@link #text}: more than one when lines were joined onto it. */
    private final LineStarts.Builder lineStarts = new LineStarts.Builder();

    private Block(int line, HeadingMarker marker, int level, String text) {
        this.line = line;
        this.marker = marker;
        this.level = level;
        this.text = text;
        lineStarts.add(0, line);
    }

    static Block heading(Line line, HeadingMarker marker, int level) {
        return new Block(line.number(), marker, level, line.text());
    }

    static Block paragraph(Line line) {
        return new Block(line.number(), null, 0, line.text());
    }

    boolean isHeading() {
        return marker != null;
    }

    /** Whether the text closes a sentence (or a lead-in such as "报告如下："), so the next line starts afresh. */
    boolean endsSentence() {
        return Sentences.endsSentence(text);
    }

    /** Whether this heading line runs on into body text after its heading sentence ("1.xx。我镇…"). */
    boolean runsOn() {
        return isHeading() && HeadingSplit.end(text, marker.length(), joined) < text.length();
    }

    /** Joins the next line, cut from this one by a page break, onto this block. */
    void append(Block continuation) {
        boolean latinSeam = !text.isEmpty() && isLatinOrDigit(text.charAt(text.length() - 1))
                && isLatinOrDigit(continuation.text.charAt(0));
        extend(latinSeam ? " " : "", continuation);
        joined = true;
    }

    /** Puts a bare marker's words, on the line below it, into this heading. */
    void completeHeading(Block words) {
        extend("", words);
    }

    private void extend(String seam, Block next) {
        lineStarts.add(text.length() + seam.length(), next.line);
        text = text + seam + next.text;
    }

    /** Where each piece of {@link #text} was read from. */
    LineStarts lineStarts() {
        return lineStarts.build();
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

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

    private Block(int line, HeadingMarker marker, int level, String text) {
        this.line = line;
        this.marker = marker;
        this.level = level;
        this.text = text;
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

    void append(String continuation) {
        boolean latinSeam = !text.isEmpty() && isLatinOrDigit(text.charAt(text.length() - 1))
                && isLatinOrDigit(continuation.charAt(0));
        text = text + (latinSeam ? " " : "") + continuation;
        joined = true;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

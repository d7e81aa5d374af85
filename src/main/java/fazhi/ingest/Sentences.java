package fazhi.ingest;

/** Sentence ends, as the page-break joiner sees them. */
final class Sentences {
    /** Marks that end a sentence or a lead-in ("报告如下：") in Chinese and in converted ASCII punctuation. */
    private static final String TERMINAL = "。！？!?；;：:…";
    /** Closers that may follow a sentence end without changing it: 。” or 。）. A closer alone ends nothing. */
    private static final String CLOSERS = "”’\"'」』）)】》";

    private Sentences() {
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || TERMINAL.indexOf(text.charAt(i)) >= 0;
    }
}

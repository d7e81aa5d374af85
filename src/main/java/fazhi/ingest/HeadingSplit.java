package fazhi.ingest;

/**
 * Where a heading ends on a line that runs on into its paragraph ("（一）坚持党的领导，抓实法治政府责任落实。充分发挥…"):
 * at the first 。！？ — or at the line end when there is none. A heading is a phrase, not a paragraph: when the first
 * sentence end lies beyond {@link #MAX_HEADING} characters, or a page-break join made the line, the heading ends at
 * the first clause mark (，；：) within that limit instead ("4.结合“12.4 国家宪法日”等特殊节假日，相继开展…").
 */
final class HeadingSplit {
    static final int MAX_HEADING = 60;
    private static final String SENTENCE_END = "。！？!?";
    private static final String CLAUSE_END = "，,；;：:";

    private HeadingSplit() {
    }

    /** Index just past the heading within {@code line}, whose marker takes {@code markerLength} characters. */
    static int end(String line, int markerLength, boolean joined) {
        int sentence = indexOfAny(line, SENTENCE_END, markerLength);
        boolean shortSentence = sentence >= 0 && sentence - markerLength < MAX_HEADING;
        if (shortSentence) {
            return sentence + 1;
        }
        if (sentence >= 0 || joined) {
            int clause = indexOfAny(line, CLAUSE_END, markerLength);
            if (clause >= 0 && clause - markerLength < MAX_HEADING) {
                return clause + 1;
            }
        }
        return sentence >= 0 ? sentence + 1 : line.length();
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

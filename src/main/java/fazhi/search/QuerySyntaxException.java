package fazhi.search;

/**
 * A query that cannot be understood or is too large, with a one-line message saying what and where (a 0-based
 * character position in the query as typed), fit to show a user as is: in English for programs and the command
 * line ({@link #getMessage()}), and in Chinese for the web page ({@link #messageZh()}), which says the same thing
 * with the position counted from 1.
 */
public class QuerySyntaxException extends Exception {
    /** Shown when a problem has no Chinese wording of its own. */
    private static final String GENERIC_ZH = "检索语句无法识别";

    private final int position;
    private final String messageZh;

    /** A problem without a Chinese wording of its own: the page shows a generic Chinese message. */
    public QuerySyntaxException(String message, int position) {
        this(message, GENERIC_ZH, position);
    }

    public QuerySyntaxException(String message, String messageZh, int position) {
        super(position >= 0 ? message + " at " + position : message);
        this.position = position;
        this.messageZh = position >= 0 ? messageZh + "（第 " + (position + 1) + " 个字符处）" : messageZh;
    }

    /** 0-based position in the query, or -1 when the problem is the query as a whole. */
    public int position() {
        return position;
    }

    /** The same message in Chinese, for the web page. */
    public String messageZh() {
        return messageZh;
    }
}

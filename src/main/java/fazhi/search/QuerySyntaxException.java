package fazhi.search;

/**
 * A query that cannot be understood or is too large, with a one-line message saying what and where (a 0-based
 * character position in the query as typed), fit to show a user as is.
 */
public final class QuerySyntaxException extends Exception {
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(position >= 0 ? message + " at " + position : message);
        this.position = position;
    }

    /** 0-based position in the query, or -1 when the problem is the query as a whole. */
    public int position() {
        return position;
    }
}

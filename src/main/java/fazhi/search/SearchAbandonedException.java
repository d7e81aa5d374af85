package fazhi.search;

/** A search stopped because its client went away (closed the connection); nobody reads its answer. */
public final class SearchAbandonedException extends RuntimeException {
    SearchAbandonedException() {
        super("the client closed the connection; the search was stopped", null, false, false);
    }
}

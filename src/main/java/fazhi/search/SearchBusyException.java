package fazhi.search;

import java.time.Duration;

/** Too many searches are running; the caller should try again after {@link #retryAfter()}. */
public final class SearchBusyException extends RuntimeException {
    private final Duration retryAfter;

    SearchBusyException(Duration retryAfter) {
        super("the server is busy with other searches; try again in a moment", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

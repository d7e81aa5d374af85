package fazhi.web;

/**
 * A request the API refuses, with the status, a stable machine-readable code and a message fit to show a user.
 * Thrown by parameter parsing and handlers; {@link ApiErrors} turns it into the JSON error body.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false); // a client's mistake: no stack trace to fill or to leak
        this.status = status;
        this.code = code;
    }

    static ApiException badParameter(String message) {
        return new ApiException(400, "bad_parameter", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}

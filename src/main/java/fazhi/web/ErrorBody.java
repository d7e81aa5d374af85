package fazhi.web;

/** The body of every error response: {@code {"error": "<code>", "message": "<human text>"}}. */
record ErrorBody(String error, String message) {
}

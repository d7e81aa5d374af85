package fazhi.web;

/**
 * The answer of {@code /api/health}; {@code index} names the served index generation, {@code committedAt} when it
 * was written (ISO-8601 UTC, null if unknown), {@code version} the running build, {@code uploads} whether
 * {@code POST /api/reports} takes reports (the page shows its upload form only then).
 */
record Health(String status, long reports, long sections, String index, String committedAt, String version,
              boolean uploads) {
}

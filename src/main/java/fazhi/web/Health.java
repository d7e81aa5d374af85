package fazhi.web;

/** The answer of {@code /api/health}; {@code index} names the served index generation. */
record Health(String status, long reports, long sections, String index) {
}

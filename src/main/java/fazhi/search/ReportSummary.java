package fazhi.search;

/**
 * A report's metadata as the index holds it, with the number of its sections.
 *
 * @param source the path the report was read from when it was indexed
 */
public record ReportSummary(String id, String title, String source, String province, String city, String county,
                            String township, Integer year, int sections) {
}

package fazhi.search;

/**
 * One section with its report's metadata and its neighbours, for reading on from a hit.
 *
 * @param previous id of the section before it in the report, or null for the first
 * @param next     id of the section after it, or null for the last
 */
public record SectionView(ReportSection section, ReportSummary report, String previous, String next) {
}

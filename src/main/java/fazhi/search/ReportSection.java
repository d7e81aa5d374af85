package fazhi.search;

import java.util.List;

/**
 * One whole section of a report, as stored in the index.
 *
 * @param ordinal position in the report, from 0
 * @param line    the raw file's line where the section starts
 */
public record ReportSection(String id, int ordinal, int level, String heading, List<String> headingPath,
                            String category, String text, int line) {
    public ReportSection {
        headingPath = List.copyOf(headingPath);
    }
}

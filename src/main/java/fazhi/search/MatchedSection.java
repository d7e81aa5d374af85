package fazhi.search;

import java.util.List;

/**
 * One matching section as the streaming views (export, concordance, tables) read it: its report's metadata, where
 * it stands in the report, its text, and how often the query's terms occur in it.
 *
 * @param line    the raw file's line where the section starts
 * @param matches the same count as {@link Hit#matches}
 */
public record MatchedSection(ReportSummary report, String id, int ordinal, int level, String category,
                             String heading, List<String> headingPath, String text, int line, int matches) {
    public MatchedSection {
        headingPath = List.copyOf(headingPath);
    }
}

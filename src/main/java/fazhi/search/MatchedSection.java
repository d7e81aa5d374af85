package fazhi.search;

import fazhi.index.LineStartsField;
import java.util.List;

/**
 * One matching section as the streaming views (export, concordance, tables) read it: its report's metadata, where
 * it stands in the report, its text, and how often the query's terms occur in it.
 *
 * @param line    the raw file's line where the section starts
 * @param lines   the file line of every piece of the heading and the text, for the line of an occurrence
 * @param matches the same count as {@link Hit#matches}
 */
public record MatchedSection(ReportSummary report, String id, int ordinal, int level, String category,
                             String heading, List<String> headingPath, String text, int line,
                             LineStartsField.Lines lines, int matches) {
    public MatchedSection {
        headingPath = List.copyOf(headingPath);
    }

    /** The file line of an occurrence in this section. */
    int lineOf(Occurrence o) {
        return lines.lineAt(o.inHeading(), o.start());
    }
}

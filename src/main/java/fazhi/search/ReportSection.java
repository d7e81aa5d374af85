package fazhi.search;

import java.util.List;

/**
 * One whole section of a report, as stored in the index.
 *
 * @param ordinal      position in the report, from 0
 * @param line         the raw file's line where the section starts
 * @param headingMarks where the query's terms occur in the heading (empty without a query)
 * @param textMarks    where the query's terms occur in the text, in UTF-16 offsets of {@code text}
 */
public record ReportSection(String id, int ordinal, int level, String heading, List<String> headingPath,
                            String category, String text, int line, List<Span> headingMarks, List<Span> textMarks) {
    public ReportSection {
        headingPath = List.copyOf(headingPath);
        headingMarks = List.copyOf(headingMarks);
        textMarks = List.copyOf(textMarks);
    }
}

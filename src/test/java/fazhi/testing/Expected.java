package fazhi.testing;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The answers a search should give, computed from the reports themselves: every section with its report, and for
 * queries of plain terms (all required) which sections match and how often, folding and scanning the text with
 * {@link OracleFolding}, which shares no code with the index.
 */
public final class Expected {
    /** One section with its report, and its heading and text as exact matching sees them. */
    public record Row(Report report, Section section, String heading, String text) {
        /** Whether every term occurs in the heading or the text. */
        public boolean matchesAll(List<String> terms) {
            return terms.stream().map(OracleFolding::fold)
                    .allMatch(t -> heading.contains(t) || text.contains(t));
        }

        /** Non-overlapping occurrences of the terms in heading and text, as {@code matches} counts them. */
        public int matches(List<String> terms) {
            return terms.stream().map(OracleFolding::fold).distinct()
                    .mapToInt(t -> OracleFolding.count(heading, t)
                            + OracleFolding.count(text, t)).sum();
        }
    }

    private Expected() {
    }

    public static List<Row> rows(List<Report> reports) {
        List<Row> rows = new ArrayList<>();
        for (Report r : reports) {
            for (Section s : r.sections()) {
                rows.add(new Row(r, s, OracleFolding.fold(s.heading() == null ? "" : s.heading()),
                        OracleFolding.fold(s.text() == null ? "" : s.text())));
            }
        }
        return rows;
    }

    /** The rows matching every term and the filter. */
    public static List<Row> matching(List<Row> rows, List<String> terms, Predicate<Report> filter) {
        return rows.stream().filter(r -> filter.test(r.report()) && r.matchesAll(terms)).toList();
    }
}

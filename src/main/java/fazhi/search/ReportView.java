package fazhi.search;

import java.util.List;

/** A whole report: its metadata and every section in reading order. */
public record ReportView(ReportSummary report, List<ReportSection> sections) {
    public ReportView {
        sections = List.copyOf(sections);
    }
}

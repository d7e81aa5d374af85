package fazhi.web;

import fazhi.search.ReportSummary;
import java.util.List;

/** The answer of {@code /api/reports}: an object, not a bare array, so fields can be added later. */
record ReportList(List<ReportSummary> reports) {
}

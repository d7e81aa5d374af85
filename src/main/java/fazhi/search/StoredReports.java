package fazhi.search;

import fazhi.index.Fields;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads a report's metadata back from any of its section documents (each carries it, see {@link Fields}). */
final class StoredReports {
    private StoredReports() {
    }

    static ReportSummary summary(Document d, int sections) {
        IndexableField year = d.getField(Fields.YEAR);
        return new ReportSummary(d.get(Fields.REPORT_ID), d.get(Fields.TITLE), d.get(Fields.SOURCE),
                d.get(Fields.PROVINCE), d.get(Fields.CITY), d.get(Fields.COUNTY), d.get(Fields.TOWNSHIP),
                d.get(Fields.DIVISION_CODE), d.get(Fields.DIVISION_LEVEL),
                year == null ? null : year.numericValue().intValue(), d.get(Fields.YEAR_SOURCE),
                d.get(Fields.ISSUER), d.get(Fields.ADDRESSEE), d.get(Fields.DATE), d.get(Fields.CLOSING),
                Arrays.asList(d.getValues(Fields.WARNINGS)), sections);
    }
}

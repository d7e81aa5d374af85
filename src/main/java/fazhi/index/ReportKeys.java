package fazhi.index;

import fazhi.ingest.Report;
import fazhi.ingest.ReportIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;

/**
 * The terms by which an indexed report is the same as a new one ({@link ReportIdentity}): its id, the key of the file
 * it was read from, and its place + year + title when all are known.
 *
 * @param source   the file's source key, or null when the report has no file
 * @param identity the identity key, or null when the township, year or title is unknown
 */
record ReportKeys(String id, String source, String identity) {
    static ReportKeys of(Report report, Path file) {
        return new ReportKeys(report.id(), file == null ? null : ReportIdentity.sourceKey(file),
                ReportIdentity.identityKey(report));
    }

    /** The delete terms: every indexed section matching any of them belongs to an older version of this report. */
    List<Term> terms() {
        List<Term> terms = new ArrayList<>(3);
        terms.add(new Term(Fields.REPORT_ID, id));
        if (source != null) {
            terms.add(new Term(Fields.SOURCE_KEY, source));
        }
        if (identity != null) {
            terms.add(new Term(Fields.IDENTITY_KEY, identity));
        }
        return terms;
    }

    /** The keys as strings, each tagged with its kind so that an id never equals a path. */
    List<String> tagged() {
        return terms().stream().map(t -> t.field() + '\u001f' + t.text()).toList();
    }
}

package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The reports an index holds, as its live sections show them. Term statistics still count deleted sections (a
 * re-indexed report deletes its old ones), so this walks the report-id postings once, skipping deleted documents.
 */
final class LiveReports {
    /**
     * @param sections how many live sections the report has
     * @param anyDoc   the index-wide doc id of one of them, to read the report's metadata from
     */
    record Entry(int sections, int anyDoc) {
    }

    private LiveReports() {
    }

    /** Every report id with at least one live section; a report whose sections lie in several segments is one entry. */
    static Map<String, Entry> of(IndexReader reader) throws IOException {
        Map<String, Entry> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.REPORT_ID);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                postings = te.postings(postings, PostingsEnum.NONE);
                int count = 0;
                int first = -1;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        count++;
                        first = first < 0 ? d : first;
                    }
                }
                if (count > 0) {
                    out.merge(term.utf8ToString(), new Entry(count, leaf.docBase + first),
                            (a, b) -> new Entry(a.sections() + b.sections(), a.anyDoc()));
                }
            }
        }
        return out;
    }
}

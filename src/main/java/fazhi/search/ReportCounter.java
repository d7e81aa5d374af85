package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/** Number of distinct reports with at least one live section (deleted sections still count in term stats). */
final class ReportCounter {
    private ReportCounter() {
    }

    static long liveReports(IndexReader reader) throws IOException {
        java.util.Set<BytesRef> seen = new java.util.HashSet<>();
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
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        seen.add(BytesRef.deepCopyOf(term));
                        break;
                    }
                }
            }
        }
        return seen.size();
    }
}

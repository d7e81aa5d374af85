package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Which report each section document belongs to, as a dense number per report: counting distinct reports among
 * matching sections is then a bit set over report numbers. Built once per index reader from the report-id postings
 * (one pass over them, no stored fields, no schema change) and kept while the reader lives; 4 bytes per document.
 * Deleted documents keep their entry, which is harmless: they never match.
 */
final class ReportOrdinals {
    /** Readers are compared by identity; a refreshed reader gets its own entry and the old one goes with it. */
    private static final Map<IndexReader, ReportOrdinals> CACHE = new WeakHashMap<>();

    private final int[] reportOf;
    private final String[] ids;

    private ReportOrdinals(int[] reportOf, String[] ids) {
        this.reportOf = reportOf;
        this.ids = ids;
    }

    static ReportOrdinals of(IndexReader reader) throws IOException {
        synchronized (CACHE) {
            ReportOrdinals cached = CACHE.get(reader);
            if (cached == null) {
                cached = build(reader);
                CACHE.put(reader, cached);
            }
            return cached;
        }
    }

    private static ReportOrdinals build(IndexReader reader) throws IOException {
        int[] reportOf = new int[reader.maxDoc()];
        Arrays.fill(reportOf, -1);
        Map<String, Integer> numbers = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.REPORT_ID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                String id = term.utf8ToString();
                int number = numbers.computeIfAbsent(id, k -> {
                    ids.add(k);
                    return ids.size() - 1;
                });
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    reportOf[leaf.docBase + d] = number;
                }
            }
        }
        return new ReportOrdinals(reportOf, ids.toArray(String[]::new));
    }

    /** The report number of an index-wide document id, or -1 if the document has no report id. */
    int report(int doc) {
        return reportOf[doc];
    }

    /** How many report numbers there are (a bound for bit sets over them). */
    int size() {
        return ids.length;
    }

    String id(int report) {
        return ids[report];
    }
}

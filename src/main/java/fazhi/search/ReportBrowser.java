package fazhi.search;

import fazhi.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Reads reports and sections by id from a {@link ServedIndex} (the searcher manager searches use too, so a rebuild
 * is seen here as soon as the index refreshes). Read-only; thread-safe.
 */
public final class ReportBrowser {
    private static final Comparator<ReportSummary> LISTING = Comparator
            .comparing(ReportSummary::province, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportSummary::county, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportSummary::township, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportSummary::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportSummary::id);

    private final ServedIndex index;

    public ReportBrowser(ServedIndex index) {
        this.index = index;
    }

    /** Browses the index that {@code service} searches. */
    public ReportBrowser(SearchService service) {
        this(service.index());
    }

    /** Every report with at least one live section, by province, county, township, year (unknowns last). */
    public List<ReportSummary> reports() throws IOException {
        return index.withSearcher(searcher -> {
            // one stored document per report, not one per section
            List<ReportSummary> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (LiveReports.Entry e : LiveReports.of(searcher.getIndexReader()).values()) {
                out.add(StoredReports.summary(stored.document(e.anyDoc()), e.sections()));
            }
            out.sort(LISTING);
            return out;
        });
    }

    /**
     * The whole report, sections in reading order; empty when no report has this id.
     *
     * @param query a search query whose terms are to be marked in every section, or null / blank for none
     * @throws QuerySyntaxException the query cannot be understood
     */
    public Optional<ReportView> report(String reportId, String query) throws IOException, QuerySyntaxException {
        SectionMarker marker = SectionMarker.of(query);
        return index.withSearcher(searcher -> Optional.ofNullable(read(searcher, reportId, marker)));
    }

    /**
     * One section with its report and neighbours; empty when no section has this id.
     *
     * @param query a search query whose terms are to be marked, or null / blank for none
     * @throws QuerySyntaxException the query cannot be understood
     */
    public Optional<SectionView> section(String sectionId, String query) throws IOException, QuerySyntaxException {
        SectionMarker marker = SectionMarker.of(query);
        return index.withSearcher(searcher -> {
            ScoreDoc[] docs = searcher.search(new TermQuery(new Term(Fields.ID, sectionId)), 1).scoreDocs;
            if (docs.length == 0) {
                return Optional.empty();
            }
            String reportId = searcher.storedFields().document(docs[0].doc).get(Fields.REPORT_ID);
            ReportView report = read(searcher, reportId, marker);
            List<ReportSection> sections = report.sections();
            for (int i = 0; i < sections.size(); i++) {
                if (sections.get(i).id().equals(sectionId)) {
                    String previous = i > 0 ? sections.get(i - 1).id() : null;
                    String next = i + 1 < sections.size() ? sections.get(i + 1).id() : null;
                    return Optional.of(new SectionView(sections.get(i), report.report(), previous, next));
                }
            }
            throw new IllegalStateException("section " + sectionId + " is not among its report's sections");
        });
    }

    private static ReportView read(IndexSearcher searcher, String reportId, SectionMarker marker)
            throws IOException {
        TermQuery query = new TermQuery(new Term(Fields.REPORT_ID, reportId));
        int count = searcher.count(query);
        if (count == 0) {
            return null;
        }
        StoredFields stored = searcher.storedFields();
        List<ReportSection> sections = new ArrayList<>(count);
        Document first = null;
        for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
            Document d = stored.document(sd.doc);
            first = first == null ? d : first;
            sections.add(section(d, marker));
        }
        sections.sort(Comparator.comparingInt(ReportSection::ordinal));
        return new ReportView(StoredReports.summary(first, count), sections);
    }

    private static ReportSection section(Document d, SectionMarker marker) {
        String heading = orEmpty(d.get(Fields.HEADING));
        String text = orEmpty(d.get(Fields.TEXT));
        return new ReportSection(d.get(Fields.ID), intValue(d, Fields.ORDINAL), intValue(d, Fields.LEVEL), heading,
                Arrays.asList(d.getValues(Fields.HEADING_PATH)), d.get(Fields.CATEGORY), text,
                intValue(d, Fields.LINE), marker.heading(heading), marker.text(text));
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

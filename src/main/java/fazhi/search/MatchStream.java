package fazhi.search;

import fazhi.index.Fields;
import fazhi.index.LineStartsField;
import fazhi.index.SectionDocuments;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;

/**
 * Every section that a query and its filters match, visited one at a time in index order (a report's sections
 * together, in reading order), however many there are: no 10,000-hit window and no list of results in memory.
 * What is held is one bit per indexed section (the matching set) and the section being visited; stored fields are
 * read as each section is visited. The searcher stays acquired until the visit ends, so a rebuild in between
 * does not change what is streamed. Bounded like a search ({@link SearchService#bounded}): the query checks the
 * deadline as it is scored, the visit before every section.
 */
public final class MatchStream {
    /** Receives the sections; may throw to stop early (the exception reaches the caller). */
    public interface Visitor {
        void visit(MatchedSection section) throws IOException;
    }

    /** The parsed query of a stream: what {@link Concordance} and the exports need to find occurrences, and the
     *  deadline its query and visit check. */
    record Parsed(QueryNode node, Query query, List<QueryTranslator.Literal> literals, Deadline deadline) {
    }

    private final SearchService service;

    public MatchStream(SearchService service) {
        this.service = service;
    }

    /** The request's query and filters, place names read against the served index (province:江苏 → 江苏省). */
    static Parsed parse(SearchService service, SearchRequest request, Deadline deadline)
            throws QuerySyntaxException, IOException {
        return parse(service, request, List.of(), deadline);
    }

    /** As {@link #parse(SearchService, SearchRequest, Deadline)}, keeping only sections whose report has no value in
     *  any of the {@code missing} fields (a place the parser could not determine). */
    static Parsed parse(SearchService service, SearchRequest request, List<String> missing, Deadline deadline)
            throws QuerySyntaxException, IOException {
        QueryNode node = service.resolvePlaces(QueryParser.parse(request.query()));
        Query query = new QueryTranslator().translate(node, request.mode());
        if (!missing.isEmpty()) {
            BooleanQuery.Builder without = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
            for (String field : missing) { // any term of the field: a report that has a value there
                without.add(new TermRangeQuery(field, null, null, true, true), BooleanClause.Occur.MUST_NOT);
            }
            query = without.build();
        }
        query = new BoundedQuery(query, deadline);
        DrillDownQuery drill = new DrillDownQuery(SectionDocuments.facetsConfig(), query);
        service.resolvePlaces(request.filters()).forEach((dim, values) -> values.forEach(v -> drill.add(dim, v)));
        return new Parsed(node, drill, QueryTranslator.literals(node), deadline);
    }

    /**
     * Visits every section the request matches (its page, size and sort are ignored).
     *
     * @return the number of sections visited
     * @throws QuerySyntaxException the query cannot be understood
     */
    public long forEach(SearchRequest request, Visitor visitor) throws IOException, QuerySyntaxException {
        return forEach(request, () -> false, visitor);
    }

    /** As {@link #forEach(SearchRequest, Visitor)}, stopping once {@code abandoned} says nobody waits. */
    public long forEach(SearchRequest request, BooleanSupplier abandoned, Visitor visitor)
            throws IOException, QuerySyntaxException {
        return service.bounded(abandoned, (searcher, deadline) -> {
            Parsed parsed = parse(service, request, deadline);
            return visit(parsed, matching(searcher, parsed), visitor);
        });
    }

    /** Visits the sections of a matching set collected by {@link #matching}. */
    static long visit(Parsed parsed, FacetsCollector matching, Visitor visitor) throws IOException {
        long[] n = {0};
        StoredFields[] stored = {null};
        FacetsCollector.MatchingDocs[] segment = {null};
        ReportCounts.forEach(matching, (m, d) -> {
            parsed.deadline().check();
            if (segment[0] != m) {
                segment[0] = m;
                stored[0] = m.context().reader().storedFields();
            }
            visitor.visit(read(stored[0].document(d), parsed.literals()));
            n[0]++;
        });
        return n[0];
    }

    /** The set of matching documents: a bit set per segment, collected without scoring. */
    static FacetsCollector matching(IndexSearcher searcher, Parsed parsed) throws IOException, QuerySyntaxException {
        try {
            return searcher.search(parsed.query(), new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query has too many parts; use fewer or shorter terms", -1);
        }
    }

    private static MatchedSection read(Document d, List<QueryTranslator.Literal> literals) {
        String heading = orEmpty(d.get(Fields.HEADING));
        String text = orEmpty(d.get(Fields.TEXT));
        return new MatchedSection(StoredReports.summary(d, 0), d.get(Fields.ID), intValue(d, Fields.ORDINAL),
                intValue(d, Fields.LEVEL), d.get(Fields.CATEGORY), heading,
                Arrays.asList(d.getValues(Fields.HEADING_PATH)), text, intValue(d, Fields.LINE),
                LineStartsField.read(d), QueryTranslator.countMatches(literals, heading, text));
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

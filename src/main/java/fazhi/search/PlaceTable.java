package fazhi.search;

import fazhi.index.Fields;
import fazhi.index.SectionDocuments;
import fazhi.ingest.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * The place × year (or place × part) table of a search: for every place that has any report under the filters
 * (not only places that match) and every year, the matching reports, sections and occurrences, and the reports
 * indexed for that place and year, so that "no report that year" (no cell) differs from "a report, no mention"
 * (a cell with 0). Built from two document sets (the filters alone, and query plus filters) and the facet doc
 * values; the only memory beyond the answer is one bit per report per column.
 */
public final class PlaceTable {
    public enum Rows {
        PROVINCE(Fields.PROVINCE), COUNTY(Fields.PROVINCE, Fields.COUNTY),
        TOWNSHIP(Fields.PROVINCE, Fields.COUNTY, Fields.TOWNSHIP);

        /** The place dimensions that name a row, from the top: a township is told apart by its county. */
        final List<String> dims;

        Rows(String... dims) {
            this.dims = List.of(dims);
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Rows byId(String id) {
            return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst().orElse(null);
        }
    }

    public enum Cols {
        YEAR(Fields.YEAR), CATEGORY(Fields.CATEGORY);

        final String dim;

        Cols(String dim) {
            this.dim = dim;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Cols byId(String id) {
            return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst().orElse(null);
        }
    }

    /**
     * One row × column.
     *
     * @param reports     matching reports (each once)
     * @param sections    matching sections
     * @param occurrences the sum of their matches
     * @param indexed     reports indexed for this place and column under the filters; matching ÷ indexed is the
     *                    share of reports that mention the query
     */
    public record Cell(long reports, long sections, long occurrences, long indexed) {
    }

    /** One place; {@code cells} follow {@link Result#columns}, null where the place has no report. */
    public record Row(String province, String county, String township, List<Cell> cells) {
    }

    /**
     * @param columns the column values (years oldest first, or categories in report order); null stands for an
     *                unknown year
     * @param total   the whole search: reports, sections and occurrences as /api/search counts them, indexed =
     *                reports under the filters
     */
    public record Result(String query, String rows, String cols, List<String> columns, List<Row> places,
                         Cell total) {
    }

    private final SearchService service;

    public PlaceTable(SearchService service) {
        this.service = service;
    }

    public Result table(SearchRequest request, Rows rows, Cols cols) throws IOException, QuerySyntaxException {
        return table(request, rows, cols, () -> false);
    }

    /** As {@link #table(SearchRequest, Rows, Cols)}, stopping once {@code abandoned} says nobody waits. */
    public Result table(SearchRequest request, Rows rows, Cols cols, BooleanSupplier abandoned)
            throws IOException, QuerySyntaxException {
        return service.bounded(abandoned, (searcher, deadline) -> {
            MatchStream.Parsed parsed = MatchStream.parse(service, request, deadline);
            DrillDownQuery filtersOnly = new DrillDownQuery(SectionDocuments.facetsConfig(),
                    new BoundedQuery(new MatchAllDocsQuery(), deadline));
            service.resolvePlaces(request.filters())
                    .forEach((dim, values) -> values.forEach(v -> filtersOnly.add(dim, v)));
            return build(searcher, request, parsed, filtersOnly, rows, cols);
        });
    }

    private static final class Counts {
        long reports;
        long sections;
        long occurrences;
        long indexed;

        Cell cell() {
            return new Cell(reports, sections, occurrences, indexed);
        }
    }

    private static Result build(IndexSearcher searcher, SearchRequest request, MatchStream.Parsed parsed,
                                DrillDownQuery filtersOnly, Rows rows, Cols cols)
            throws IOException, QuerySyntaxException {
        ReportOrdinals reports = ReportOrdinals.of(searcher.getIndexReader());
        FacetsCollector indexedSet = searcher.search(filtersOnly, new FacetsCollectorManager());
        FacetsCollector matchingSet = MatchStream.matching(searcher, parsed);
        Map<FacetsCollector.MatchingDocs, FacetsCollector.MatchingDocs> matchingBySegment = new HashMap<>();
        for (FacetsCollector.MatchingDocs m : matchingSet.getMatchingDocs()) {
            for (FacetsCollector.MatchingDocs i : indexedSet.getMatchingDocs()) {
                if (i.context().ord == m.context().ord) {
                    matchingBySegment.put(i, m);
                }
            }
        }
        OccurrenceCounter counter = new OccurrenceCounter(parsed.literals());
        Map<List<String>, Map<String, Counts>> table = new HashMap<>();
        Map<String, FixedBitSet> indexedSeen = new HashMap<>();
        Map<String, FixedBitSet> matchingSeen = new HashMap<>();
        int n = Math.max(1, reports.size());
        Counts total = new Counts();
        FixedBitSet totalReports = new FixedBitSet(n);
        FixedBitSet totalIndexed = new FixedBitSet(n);
        List<String> dims = new ArrayList<>(rows.dims);
        dims.add(cols.dim);
        for (FacetsCollector.MatchingDocs segment : indexedSet.getMatchingDocs()) {
            LeafValues values = new LeafValues(segment.context().reader(), dims);
            FacetsCollector.MatchingDocs matching = matchingBySegment.get(segment);
            DocIdSetIterator hits = matching == null ? null : matching.bits().iterator();
            OccurrenceCounter.Leaf occurrences = counter.leaf(segment.context().reader());
            DocIdSetIterator it = segment.bits().iterator();
            if (it == null) {
                continue;
            }
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if ((d & 63) == 0) { // every section of the index may pass here: the deadline holds for this too
                    parsed.deadline().check();
                }
                int r = reports.report(segment.context().docBase + d);
                if (r < 0) {
                    continue;
                }
                String[] v = values.of(d);
                List<String> place = Arrays.asList(v).subList(0, rows.dims.size());
                String col = v[rows.dims.size()];
                Counts c = table.computeIfAbsent(place, k -> new HashMap<>())
                        .computeIfAbsent(col, k -> new Counts());
                if (!indexedSeen.computeIfAbsent(col, k -> new FixedBitSet(n)).getAndSet(r)) {
                    c.indexed++;
                }
                totalIndexed.set(r);
                if (hits != null && hits.docID() < d) {
                    hits.advance(d);
                }
                if (hits != null && hits.docID() == d) {
                    int occ = occurrences.count(d);
                    c.sections++;
                    c.occurrences += occ;
                    total.sections++;
                    total.occurrences += occ;
                    totalReports.set(r);
                    if (!matchingSeen.computeIfAbsent(col, k -> new FixedBitSet(n)).getAndSet(r)) {
                        c.reports++;
                    }
                }
            }
        }
        total.reports = totalReports.cardinality();
        total.indexed = totalIndexed.cardinality();
        List<String> columns = columns(table, cols);
        List<Row> out = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, Counts>> e : sortedPlaces(table)) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (String col : columns) {
                Counts c = e.getValue().get(col);
                cells.add(c == null ? null : c.cell());
            }
            List<String> p = e.getKey();
            out.add(new Row(p.get(0), p.size() > 1 ? p.get(1) : null, p.size() > 2 ? p.get(2) : null, cells));
        }
        return new Result(request.query(), rows.id(), cols.id(), columns, out, total.cell());
    }

    private static List<String> columns(Map<List<String>, Map<String, Counts>> table, Cols cols) {
        List<String> values = new ArrayList<>(table.values().stream().flatMap(m -> m.keySet().stream())
                .distinct().toList());
        Comparator<String> order = cols == Cols.YEAR ? Comparator.naturalOrder()
                : Comparator.comparingInt(v -> Category.byId(v) == null ? 99 : Category.byId(v).ordinal());
        values.sort(Comparator.nullsLast(order));
        return values;
    }

    private static List<Map.Entry<List<String>, Map<String, Counts>>> sortedPlaces(
            Map<List<String>, Map<String, Counts>> table) {
        Comparator<List<String>> byPlace = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<Map.Entry<List<String>, Map<String, Counts>>> entries = new ArrayList<>(table.entrySet());
        entries.sort(Map.Entry.comparingByKey(byPlace));
        return entries;
    }

    /** The values of some facet dimensions for the documents of one segment, each label looked up once. */
    private static final class LeafValues {
        private final SortedSetDocValues values;
        private final List<String> dims;
        private final Map<Long, String[]> labels = new HashMap<>(); // ord → {dim, value}

        LeafValues(LeafReader reader, List<String> dims) throws IOException {
            this.values = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            this.dims = dims;
        }

        /** The value of each dimension for this document (null when it has none); documents in increasing order. */
        String[] of(int doc) throws IOException {
            String[] out = new String[dims.size()];
            if (values.advanceExact(doc)) {
                for (int k = 0; k < values.docValueCount(); k++) {
                    long ord = values.nextOrd();
                    String[] label = labels.get(ord);
                    if (label == null) {
                        label = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                        labels.put(ord, label);
                    }
                    int i = dims.indexOf(label[0]);
                    if (i >= 0) {
                        out[i] = label[label.length - 1];
                    }
                }
            }
            return out;
        }
    }
}

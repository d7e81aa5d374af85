package fazhi.search;

import fazhi.index.Fields;
import fazhi.index.SectionDocuments;
import fazhi.text.Folding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Every value of one facet dimension, not only the top {@value FacetCounts#LIMIT} that a search lists: counted the
 * same way (the dimension's own filter ignored, every other one applied; by section or by report), narrowed to
 * values that start with a prefix, ordered as in a search (years oldest first, others by count) and paged. This is
 * how a client walks a dimension of national size, and how the page's place tree loads a province's counties or a
 * county's townships on demand (filter by the parent, ask for the child dimension).
 */
public final class FacetPages {
    public static final int MAX_SIZE = 500;
    /** Dimensions a report may lack (a place the parser could not determine), for {@code missing}. */
    public static final List<String> MAY_BE_MISSING = List.of(Fields.PROVINCE, Fields.CITY, Fields.COUNTY);

    /**
     * @param total    how many values match the prefix (all pages)
     * @param values   this page's values
     * @param selected the values of this dimension's own filter as the index names them ({@code province=江苏} →
     *                 江苏省), so a client can mark them among the values
     */
    public record Page(String dimension, String count, String prefix, List<String> missing, long total, int page,
                       int size, List<FacetValue> values, List<String> selected) {
    }

    private final SearchService service;

    public FacetPages(SearchService service) {
        this.service = service;
    }

    /**
     * @throws IllegalArgumentException an unknown dimension or a page or size out of range; the message says which
     */
    public Page page(SearchRequest request, String dimension, String prefix, int page, int size)
            throws IOException, QuerySyntaxException {
        return page(request, dimension, prefix, List.of(), page, size);
    }

    /**
     * @param missing count only sections of reports that have no value in these dimensions (of
     *                {@link #MAY_BE_MISSING}): the townships of a province that no county holds, of the reports no
     *                province holds
     */
    public Page page(SearchRequest request, String dimension, String prefix, List<String> missing, int page, int size)
            throws IOException, QuerySyntaxException {
        return page(request, dimension, prefix, missing, page, size, () -> false);
    }

    /** As {@link #page(SearchRequest, String, String, List, int, int)}, stopping once {@code abandoned} says nobody
     *  waits. */
    public Page page(SearchRequest request, String dimension, String prefix, List<String> missing, int page, int size,
                     BooleanSupplier abandoned) throws IOException, QuerySyntaxException {
        for (String m : missing) {
            if (!MAY_BE_MISSING.contains(m)) {
                throw new IllegalArgumentException("missing must name a place dimension above the township ("
                        + String.join(", ", MAY_BE_MISSING) + "), not '" + m + "'");
            }
        }
        if (!Fields.FACET_DIMS.contains(dimension)) {
            throw new IllegalArgumentException("unknown dimension '" + dimension + "' (" + String.join(", ",
                    Fields.FACET_DIMS) + ")");
        }
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 1 or more and size between 1 and " + MAX_SIZE);
        }
        List<String> selected = service.resolvePlaces(request.filters()).getOrDefault(dimension, List.of());
        Map<String, Long> counts = service.bounded(abandoned, (searcher, deadline) -> {
            MatchStream.Parsed parsed = MatchStream.parse(service, request, missing, deadline);
            Map<String, Long> out = new LinkedHashMap<>();
            if (searcher.facets == null) {
                return out;
            }
            DrillSideways.ConcurrentDrillSidewaysResult<FacetsCollector> r =
                    new DrillSideways(searcher, SectionDocuments.facetsConfig(), searcher.facets)
                            .search((org.apache.lucene.facet.DrillDownQuery) parsed.query(),
                                    new FacetsCollectorManager());
            if (request.count() == CountUnit.REPORTS) {
                return new ReportCounts(ReportOrdinals.of(searcher.getIndexReader()), r.drillDownFacetsCollector,
                        searcher.facets, r.drillSidewaysFacetsCollector, r.drillSidewaysDims).facets()
                        .get(dimension);
            }
            FacetResult all;
            try {
                all = r.facets.getAllChildren(dimension);
            } catch (IllegalArgumentException e) { // the dimension has no value in this index
                all = null;
            }
            if (all != null) {
                for (LabelAndValue lv : all.labelValues) {
                    out.put(lv.label, lv.value.longValue());
                }
            }
            return out;
        });
        String folded = prefix == null ? "" : Folding.forMatching(prefix);
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((v, c) -> {
            if (c > 0 && Folding.forMatching(v).startsWith(folded)) {
                values.add(new FacetValue(v, c));
            }
        });
        FacetCounts.ordered(dimension, values);
        int from = (int) Math.min((long) (page - 1) * size, values.size());
        return new Page(dimension, request.count().id(), prefix == null ? "" : prefix, List.copyOf(missing),
                values.size(), page, size, List.copyOf(values.subList(from, Math.min(values.size(), from + size))),
                List.copyOf(selected));
    }
}

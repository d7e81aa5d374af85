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

    /**
     * @param total  how many values match the prefix (all pages)
     * @param values this page's values
     */
    public record Page(String dimension, String count, String prefix, long total, int page, int size,
                       List<FacetValue> values) {
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
        return page(request, dimension, prefix, page, size, () -> false);
    }

    /** As {@link #page(SearchRequest, String, String, int, int)}, stopping once {@code abandoned} says nobody
     *  waits. */
    public Page page(SearchRequest request, String dimension, String prefix, int page, int size,
                     BooleanSupplier abandoned) throws IOException, QuerySyntaxException {
        if (!Fields.FACET_DIMS.contains(dimension)) {
            throw new IllegalArgumentException("unknown dimension '" + dimension + "' (" + String.join(", ",
                    Fields.FACET_DIMS) + ")");
        }
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 1 or more and size between 1 and " + MAX_SIZE);
        }
        Map<String, Long> counts = service.bounded(abandoned, (searcher, deadline) -> {
            MatchStream.Parsed parsed = MatchStream.parse(service, request, deadline);
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
        return new Page(dimension, request.count().id(), prefix == null ? "" : prefix, values.size(), page, size,
                List.copyOf(values.subList(from, Math.min(values.size(), from + size))));
    }
}

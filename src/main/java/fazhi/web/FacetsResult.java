package fazhi.web;

import fazhi.search.FacetValue;
import java.util.List;
import java.util.Map;

/** The answer of {@code /api/facets}: how many sections the filters select, and the counts per facet value. */
record FacetsResult(long total, Map<String, List<FacetValue>> facets) {
}

package fazhi.web;

import fazhi.search.FacetValue;
import java.util.List;
import java.util.Map;

/** The answer of {@code /api/facets}: how many sections and reports the filters select, and the counts per facet
 *  value in the unit {@code count} names. */
record FacetsResult(long total, long reports, String count, Map<String, List<FacetValue>> facets) {
}

package fazhi.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results. Serialised field by field, this is the JSON of {@code fazhi search --json} and of the API.
 *
 * @param total       the exact number of matching sections (never a lower bound)
 * @param reports     the number of distinct reports among the matching sections
 * @param occurrences the sum of {@code matches} over every matching section (not only this page)
 * @param count       the unit of the facet counts: {@code sections} or {@code reports}
 * @param facets      counts per dimension (year, province, city, county, township, category, yearSource, in that
 *                    order); each dimension's counts respect every other active filter but not its own
 * @param understoodAs what the query was read as, in Chinese words ("法律顾问 且 不含 合同"); null for the empty
 *                    query. The page shows it when nothing is found, so a misread operator shows
 */
public record SearchResult(String query, String mode, long total, long reports, long occurrences, String count,
                           int page, int size, long tookMs, List<Hit> hits,
                           Map<String, List<FacetValue>> facets, String understoodAs) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}

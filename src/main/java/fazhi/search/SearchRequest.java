package fazhi.search;

import fazhi.index.Fields;
import fazhi.ingest.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to search. Invalid values are rejected here with an {@link IllegalArgumentException} whose message can be
 * shown to a user as is.
 *
 * @param query   the query text (see README); null or blank lists every section
 * @param filters facet filters by dimension (year, province, city, county, township, category, yearSource):
 *                values of one dimension are ORed, dimensions are ANDed; facet counts are computed drill-sideways
 *                over them
 * @param page    1-based page number
 * @param size    hits per page, 1–{@value #MAX_SIZE}
 * @param count   what the facet counts count: sections (default) or reports
 */
public record SearchRequest(String query, Mode mode, Map<String, List<String>> filters, SortOrder sort, int page,
                            int size, CountUnit count) {
    public static final int MAX_SIZE = 100;
    /** Deepest hit a request may reach (page × size), so paging cannot force a huge priority queue. */
    public static final int MAX_WINDOW = 10_000;
    /** The filterable facet dimensions, in the order results list them. */
    public static final List<String> DIMENSIONS = Fields.FACET_DIMS;

    /** Facets counted in sections. */
    public SearchRequest(String query, Mode mode, Map<String, List<String>> filters, SortOrder sort, int page,
                         int size) {
        this(query, mode, filters, sort, page, size, CountUnit.SECTIONS);
    }

    public SearchRequest {
        mode = mode == null ? Mode.EXACT : mode;
        count = count == null ? CountUnit.SECTIONS : count;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page × size may not exceed " + MAX_WINDOW);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : (filters == null ? Map.<String, List<String>>of() : filters)
                .entrySet()) {
            if (!DIMENSIONS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown filter '" + e.getKey() + "'");
            }
            List<String> values = new java.util.ArrayList<>();
            for (String v : e.getValue()) {
                checkValue(e.getKey(), v);
                values.add(FilterValues.canonical(e.getKey(), v));
            }
            if (!values.isEmpty()) {
                copy.put(e.getKey(), List.copyOf(values));
            }
        }
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    private static void checkValue(String dim, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("empty value for filter '" + dim + "'");
        }
        if (dim.equals("year") && FilterValues.canonical(dim, value) == null) {
            throw new IllegalArgumentException("year must be a number such as 2023, not '" + value + "'");
        }
        if (dim.equals("category") && FilterValues.canonical(dim, value) == null) {
            throw new IllegalArgumentException("unknown category '" + value + "'");
        }
        if (dim.equals(Fields.YEAR_SOURCE) && FilterValues.canonical(dim, value) == null) {
            throw new IllegalArgumentException("unknown yearSource '" + value + "' (one of: "
                    + String.join(", ", Report.YEAR_SOURCES) + ")");
        }
    }

    /** A first page of 10, relevance order, exact mode, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Mode.EXACT, Map.of(), SortOrder.RELEVANCE, 1, 10);
    }
}

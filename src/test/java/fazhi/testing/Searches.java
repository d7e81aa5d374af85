package fazhi.testing;

import fazhi.search.Hit;
import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import fazhi.search.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers over a {@link SearchService}. */
public final class Searches {
    private Searches() {
    }

    /** Every hit of a query, paging through 100 at a time, and checks the pages add up to {@code total}. */
    public static List<Hit> all(SearchService service, String query, Mode mode) throws Exception {
        List<Hit> hits = new ArrayList<>();
        long total = -1;
        for (int page = 1; ; page++) {
            SearchResult r = service.search(new SearchRequest(query, mode, Map.of(), SortOrder.RELEVANCE, page, 100));
            total = r.total();
            hits.addAll(r.hits());
            if (r.hits().size() < 100) {
                break;
            }
        }
        if (hits.size() != total) {
            throw new AssertionError("paged " + hits.size() + " hits but total says " + total + " for " + query);
        }
        return hits;
    }

    public static SearchResult first(SearchService service, String query) throws Exception {
        return service.search(SearchRequest.of(query));
    }
}

package fazhi.bench;

import fazhi.search.FacetValue;
import fazhi.search.Hit;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** This project in the peers benchmark: {@link SearchService#search} as the API runs it (all seven facet
 *  dimensions, report counts, occurrences and snippets), read back for the three dimensions the peers count. */
final class LucenePeer implements PeerEngine {
    private final SearchService service;

    LucenePeer(SearchService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "fazhi (Lucene)";
    }

    @Override
    public boolean sideways() {
        return true;
    }

    @Override
    public Answer search(PeerQuery q) throws Exception {
        return answer(service.search(q.request()));
    }

    static Answer answer(SearchResult r) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (String dim : PeerQuery.DIMS) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (FacetValue v : r.facets().getOrDefault(dim, List.of())) {
                values.put(v.value(), v.count());
            }
            facets.put(dim, values);
        }
        return new Answer(r.total(), facets, r.hits().stream().map(Hit::id).toList(),
                r.hits().stream().map(Hit::snippet).toList());
    }

    @Override
    public void close() throws Exception {
        service.close();
    }
}

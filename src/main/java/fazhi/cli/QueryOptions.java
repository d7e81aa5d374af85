package fazhi.cli;

import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SortOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to search, in which index: the options {@code fazhi search} and {@code fazhi export} share (a picocli mixin). */
final class QueryOptions {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "index folder (default: ${DEFAULT-VALUE})")
    Path indexDir;

    @Option(names = "--mode", defaultValue = "exact", description = "exact or words (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--filter", paramLabel = "DIM=VALUE",
            description = "facet filter, repeatable: year=2023, township=洋口镇, category=plans …")
    List<String> filters = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (several words are joined by spaces)")
    List<String> query = new ArrayList<>();

    /** The request these options describe; an option that cannot be understood is an IllegalArgumentException. */
    SearchRequest request(SortOrder sort, int page, int size) {
        Mode m = Mode.byId(mode);
        if (m == null) {
            throw new IllegalArgumentException("unknown mode '" + mode + "' (exact or words)");
        }
        return new SearchRequest(String.join(" ", query), m, byDimension(), sort, page, size);
    }

    /** {@code --filter DIM=VALUE} options by dimension. */
    private Map<String, List<String>> byDimension() {
        Map<String, List<String>> byDim = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a filter looks like DIM=VALUE, not '" + f + "'");
            }
            byDim.computeIfAbsent(f.substring(0, eq), k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        return byDim;
    }
}

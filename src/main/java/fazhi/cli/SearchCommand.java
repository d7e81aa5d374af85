package fazhi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import fazhi.index.IndexUnavailableException;
import fazhi.search.QuerySyntaxException;
import fazhi.search.SearchRequest;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import fazhi.search.SortOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fazhi search [--index DIR] [--mode exact|words] [--page N] [--size N] [--json] QUERY}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index. Exact mode (default) finds each term as a literal substring of a section's "
                + "heading or text, like Ctrl-F; see README for the syntax (\"phrase\", OR, -term, township:, "
                + "year:[2021 TO 2023] …).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:results (possibly none)", "1:the index could not be read",
                "2:usage error or a query that cannot be understood (one line on stderr)",
                "4:no index in the folder, or it is damaged (one line on stderr)"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    QueryOptions what;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, year, -year or township")
    String sort;

    @Option(names = "--page", defaultValue = "1", description = "page number from 1")
    int page;

    @Option(names = "--size", defaultValue = "10", description = "hits per page, 1-100")
    int size;

    @Option(names = "--json", description = "print the result as one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            err.println("fazhi search: " + e.getMessage());
            return 2;
        }
        try (SearchService service = SearchService.open(what.indexDir)) {
            SearchResult result = service.search(request);
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(result));
            } else {
                new ResultPrinter(out, Terminal.isInteractive()).print(result);
            }
            out.flush();
            return 0;
        } catch (QuerySyntaxException e) {
            err.println("fazhi search: " + e.getMessage());
            return 2;
        } catch (IndexUnavailableException e) {
            err.println("fazhi search: " + e.getMessage());
            return IndexUnavailableException.EXIT_CODE;
        } catch (IOException e) {
            err.println("fazhi search: " + e.getMessage());
            return 1;
        }
    }

    private SearchRequest request() {
        SortOrder s = SortOrder.byId(sort);
        if (s == null) {
            throw new IllegalArgumentException("unknown sort '" + sort + "' (relevance, year, -year or township)");
        }
        return what.request(s, page, size);
    }
}

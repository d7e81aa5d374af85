package fazhi.cli;

import fazhi.search.IndexStats;
import fazhi.search.SearchService;
import java.io.IOException;
import java.nio.file.Path;

/** The line every command that changes the index ends with, so the user sees what is served now. */
final class IndexHoldings {
    private IndexHoldings() {
    }

    /** "index now holds N reports, M sections", read from the folder's latest commit. */
    static String of(Path indexDir) throws IOException {
        try (SearchService service = SearchService.open(indexDir)) {
            IndexStats stats = service.index().stats();
            return "index now holds " + stats.reports() + " reports, " + stats.sections() + " sections";
        }
    }
}

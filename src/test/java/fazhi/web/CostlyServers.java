package fazhi.web;

import fazhi.search.ReportBrowser;
import fazhi.search.SearchService;
import fazhi.search.ServedIndex;
import fazhi.testing.CostlyIndex;
import fazhi.testing.TempDirs;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Servers over one {@link CostlyIndex}, each with its own time limit and cap, for the tests of the search bounds. */
final class CostlyServers implements AutoCloseable {
    private final Path dir;
    private final ServedIndex index;
    private final List<Javalin> apps = new ArrayList<>();

    CostlyServers() throws Exception {
        dir = Files.createTempDirectory("fazhi-costly");
        CostlyIndex.write(dir);
        index = ServedIndex.open(dir);
    }

    /** Starts a server of {@code search} (from {@link #service}); returns its base URL. */
    String start(SearchService search) {
        Javalin app = new WebApp(search, new ReportBrowser(index), Path.of("web")).start("127.0.0.1", 0);
        apps.add(app);
        return "http://127.0.0.1:" + app.port();
    }

    /** A search service over the index with this limit and cap. */
    SearchService service(Duration limit, int cap) {
        return new SearchService(index, limit, cap);
    }

    @Override
    public void close() throws Exception {
        apps.forEach(Javalin::stop);
        index.close();
        TempDirs.delete(dir);
    }
}

package fazhi.testing;

import fazhi.ingest.Report;
import fazhi.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away index of some reports with a service over it, for one test class:
 * {@code @RegisterExtension static final SearchIndex INDEX = new SearchIndex(Fixtures::reports);}
 */
public final class SearchIndex implements BeforeAllCallback, AfterAllCallback {
    /** Supplies the reports; may read files. */
    public interface Source {
        List<Report> reports() throws Exception;
    }

    private final Source source;
    private List<Report> reports;
    private Path dir;
    private SearchService service;

    public SearchIndex(Source source) {
        this.source = source;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        reports = source.reports();
        dir = Files.createTempDirectory("fazhi-test-index");
        Fixtures.index(dir, reports);
        service = SearchService.open(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        service.close();
        TempDirs.delete(dir);
    }

    public SearchService service() {
        return service;
    }

    public List<Report> reports() {
        return reports;
    }

    public Path dir() {
        return dir;
    }
}

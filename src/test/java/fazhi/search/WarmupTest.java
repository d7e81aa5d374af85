package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.Fixtures;
import fazhi.testing.SearchIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's warm-up searches the served index, but is nobody's search: the server's metrics do not count it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WarmupTest {
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::seeds);

    @Test
    void the_warm_up_ends_and_counts_into_no_server_metrics() throws Exception {
        SearchService service = INDEX.service();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        service.metrics().bindTo(registry);
        try {
            Warmup warmup = Warmup.start(service.index());
            assertTrue(warmup.awaitDone(Duration.ofSeconds(60)), "the warm-up did not end");
            assertEquals(0, registry.get("fazhi.search").timer().count());
            service.search(SearchRequest.of("法律顾问"));
            assertEquals(1, registry.get("fazhi.search").timer().count());
        } finally {
            service.metrics().unbind(registry);
        }
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.GeneratedIndex;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The research views work under a search's bounds: they check its deadline while their query is scored and while
 * they read what it matched, so a time limit or a client going away stops them part way. A deadline whose client
 * "leaves" after a few checks stands for both (the time limit and the client share the one check), and makes the
 * test independent of how fast the machine is. On the generated corpus of 2,000 reports, where 调解 matches
 * thousands of sections.
 */
class BoundedResearchTest {
    private static final SearchRequest REQUEST = SearchRequest.of("调解");
    private static final int STOP_AFTER = 5;

    /** One research view, run to the end or until {@code abandoned} says stop. */
    interface View {
        void run(SearchService service, BooleanSupplier abandoned) throws Exception;
    }

    static Stream<Arguments> views() {
        return Stream.of(
                Arguments.of("search", (View) (s, stop) -> s.search(REQUEST, stop)),
                Arguments.of("kwic", (View) (s, stop) -> new Concordance(s).page(REQUEST, 20,
                        Concordance.Sort.TOWNSHIP, 1, 50, stop)),
                Arguments.of("table", (View) (s, stop) -> new PlaceTable(s).table(REQUEST, PlaceTable.Rows.TOWNSHIP,
                        PlaceTable.Cols.YEAR, stop)),
                Arguments.of("facet page", (View) (s, stop) -> new FacetPages(s).page(REQUEST, "township", null,
                        List.of(), 1, 50, stop)),
                Arguments.of("export", (View) (s, stop) -> new Exporter(s).export(REQUEST, Exporter.Unit.SECTIONS,
                        Exporter.Format.CSV, "", StringWriter::new, stop)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void each_view_stops_part_way_when_its_deadline_says_so(String name, View view) throws Exception {
        SearchService service = GeneratedIndex.get().service();
        AtomicInteger full = new AtomicInteger();
        view.run(service, () -> full.incrementAndGet() < 0); // never stops: how many checks a whole run makes

        AtomicInteger checks = new AtomicInteger();
        assertThrows(SearchAbandonedException.class,
                () -> view.run(service, () -> checks.incrementAndGet() > STOP_AFTER));

        assertEquals(STOP_AFTER + 1, checks.get()); // it stopped at the first check that said so
        assertTrue(full.get() > STOP_AFTER + 1, name + " checks its deadline " + full.get() + " times in a run");
    }
}

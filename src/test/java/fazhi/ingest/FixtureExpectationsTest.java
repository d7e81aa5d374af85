package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture parses to exactly the year, title, place and parts that expectations.tsv records for it. */
class FixtureExpectationsTest {
    static Stream<FixtureExpectations.Row> rows() {
        return FixtureExpectations.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fixture_parses_to_its_recorded_reading(FixtureExpectations.Row expected) {
        Report report = Fixtures.readFixture(expected.file());

        assertEquals(expected, FixtureExpectations.Row.of(expected.file(), report));
    }

    @Test
    void every_fixture_has_a_recorded_reading() {
        List<String> files = Fixtures.fixtures().stream().map(Path::getFileName).map(Path::toString).toList();

        assertEquals(files, rows().map(FixtureExpectations.Row::file).sorted().toList());
    }
}

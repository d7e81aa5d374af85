package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of year, title, township and top-level category over the whole fixture set, against the gold answers of
 * expectations.tsv; fails when any falls below the floor recorded there, so a rule change that helps one shape and
 * breaks another shows. A year counts only with its source; a category is counted per top-level part.
 */
class FixtureAccuracyTest {
    private record Pair(FixtureExpectations.Row expected, FixtureExpectations.Row actual) {
    }

    @Test
    void accuracy_over_all_fixtures_stays_at_or_above_the_recorded_floors() {
        List<Pair> pairs = FixtureExpectations.rows().stream()
                .map(row -> new Pair(row, FixtureExpectations.Row.of(row.file(), Fixtures.readFixture(row.file()))))
                .toList();
        Map<String, Double> accuracy = new LinkedHashMap<>();
        accuracy.put("year", share(pairs, (e, a) -> Objects.equals(e.year(), a.year())
                && Objects.equals(e.yearSource(), a.yearSource())));
        accuracy.put("title", share(pairs, (e, a) -> Objects.equals(e.title(), a.title())));
        accuracy.put("township", share(pairs, (e, a) -> Objects.equals(e.township(), a.township())
                && Objects.equals(e.county(), a.county()) && Objects.equals(e.divisionLevel(), a.divisionLevel())));
        accuracy.put("category", categoryShare(pairs));
        System.out.printf("fixture accuracy over %d reports: %s%n", pairs.size(), accuracy);

        Map<String, Double> floors = FixtureExpectations.floors();
        assertAll(floors.entrySet().stream().map(floor -> () -> assertTrue(
                accuracy.get(floor.getKey()) >= floor.getValue(),
                floor.getKey() + " accuracy " + accuracy.get(floor.getKey()) + " fell below " + floor.getValue())));
    }

    private static double share(List<Pair> pairs, BiPredicate<FixtureExpectations.Row, FixtureExpectations.Row> right) {
        return (double) pairs.stream().filter(p -> right.test(p.expected(), p.actual())).count() / pairs.size();
    }

    /** Right parts over all expected top-level parts; a part the parser did not produce counts as wrong. */
    private static double categoryShare(List<Pair> pairs) {
        int parts = 0;
        int right = 0;
        for (Pair p : pairs) {
            List<String> expected = p.expected().categories();
            List<String> actual = p.actual().categories();
            parts += expected.size();
            for (int i = 0; i < expected.size() && i < actual.size(); i++) {
                right += expected.get(i).equals(actual.get(i)) ? 1 : 0;
            }
        }
        return (double) right / parts;
    }
}

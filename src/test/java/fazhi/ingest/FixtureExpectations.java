package fazhi.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gold answers of {@code fixtures/expectations.tsv}: one row per fixture, plus the accuracy floors. */
final class FixtureExpectations {
    /** One fixture's expected reading; null where the report states nothing. */
    record Row(String file, Integer year, String yearSource, String title, String township, String county,
               String divisionLevel, List<String> categories) {
        /** The same fields read from a parsed report, for comparing. */
        static Row of(String file, Report r) {
            return new Row(file, r.year(), r.yearSource(), r.title(), r.township(), r.county(), r.divisionLevel(),
                    Fixtures.level(r, 1).stream().map(Section::category).toList());
        }
    }

    private FixtureExpectations() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : table()) {
            if (!cells[0].equals("floor")) {
                rows.add(new Row(cells[0], cells[1].equals("-") ? null : Integer.valueOf(cells[1]), value(cells[2]),
                        value(cells[3]), value(cells[4]), value(cells[5]), value(cells[6]),
                        cells[7].equals("-") ? List.of() : Arrays.asList(cells[7].split(","))));
            }
        }
        return rows;
    }

    /** The accuracy floors by measure (year, title, township, category). */
    static Map<String, Double> floors() {
        Map<String, Double> floors = new LinkedHashMap<>();
        table().stream().filter(cells -> cells[0].equals("floor"))
                .forEach(cells -> floors.put(cells[1], Double.valueOf(cells[2])));
        return floors;
    }

    private static String value(String cell) {
        return cell.equals("-") ? null : cell;
    }

    private static List<String[]> table() {
        try {
            return Files.readAllLines(Fixtures.fixture("expectations.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

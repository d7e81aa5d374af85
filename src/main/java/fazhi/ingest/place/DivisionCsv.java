package fazhi.ingest.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the shipped china-division CSVs ({@code code,name,...} with the name in double quotes). Only the
 * first two columns matter: the parent of every unit follows from its code.
 */
final class DivisionCsv {
    private DivisionCsv() {
    }

    static List<Division> read(String file, DivisionLevel level) {
        String resource = "/divisions/" + file;
        List<Division> rows = new ArrayList<>();
        try (BufferedReader reader = RuleFile.open(resource)) {
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(parse(line, level, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    private static Division parse(String line, DivisionLevel level, String resource) {
        int comma = line.indexOf(',');
        int open = line.indexOf('"', comma);
        int close = line.indexOf('"', open + 1);
        if (comma < 0 || open != comma + 1 || close < 0) {
            throw new IllegalStateException(resource + ": unexpected row " + line);
        }
        String code = line.substring(0, comma);
        if (code.length() != level.codeLength()) {
            throw new IllegalStateException(resource + ": code of wrong length in " + line);
        }
        return new Division(code, line.substring(open + 1, close), level);
    }
}

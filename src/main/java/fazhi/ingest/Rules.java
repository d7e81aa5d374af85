package fazhi.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the parser's rule tables: tab-separated resource files next to this class, '#' starts a comment line. */
final class Rules {
    private Rules() {
    }

    static List<String[]> tsv(String name) {
        try (InputStream in = Rules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing rule table " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t+"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule table " + name, e);
        }
    }
}

package fazhi.ingest.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the small rule tables under {@code /place/}: one entry per line or per word, '#' starts a comment. */
final class RuleFile {
    private RuleFile() {
    }

    /** Non-blank, non-comment lines, trimmed. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = open(resource)) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    /** All whitespace-separated words of all lines. */
    static List<String> words(String resource) {
        return lines(resource).stream().flatMap(line -> Arrays.stream(line.split("\\s+"))).toList();
    }

    /** Lines split on tabs. */
    static List<String[]> rows(String resource) {
        return lines(resource).stream().map(line -> line.split("\t")).toList();
    }

    static BufferedReader open(String resource) {
        InputStream in = RuleFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

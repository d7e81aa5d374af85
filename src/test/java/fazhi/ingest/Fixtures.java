package fazhi.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled seeds and the small fixtures that pin real-world oddities. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    public static Report read(Path file) {
        try {
            return ReportReader.read(file);
        } catch (ReportReadException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    public static Report readFixture(String name) {
        return read(fixture(name));
    }

    /** The five bundled seed reports (tests run with the project folder as working directory). */
    public static List<Path> seeds() {
        return list(Path.of("seeds"));
    }

    public static List<Path> fixtures() {
        return list(fixture("addressee.txt").getParent());
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with this number, e.g. "000". */
    public static Report seed(String number) {
        return read(seeds().stream().filter(p -> p.getFileName().toString().startsWith(number + "_"))
                .findFirst().orElseThrow());
    }

    public static List<Section> level(Report report, int level) {
        return report.sections().stream().filter(s -> s.level() == level).toList();
    }
}

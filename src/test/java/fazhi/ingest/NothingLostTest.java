package fazhi.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing is lost between file and report, for every seed and every fixture (see {@link Lossless}). */
class NothingLostTest {
    static Stream<Path> reports() {
        return Stream.concat(Fixtures.seeds().stream(), Fixtures.fixtures().stream());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void every_raw_line_is_found_in_the_output(Path file) throws Exception {
        String raw = TextDecoder.decode(Files.readAllBytes(file)).text();
        Lossless.assertNothingLost(file.toString(), raw, Fixtures.read(file));
    }
}

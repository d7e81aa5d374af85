package fazhi.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost between file and report, for every seed and every fixture (see {@link Lossless}), and for the
 * generated web pages, Word file and PDF: there the raw lines are what a reader sees — the visible text of the page's
 * article element, the paragraphs written into the document.
 */
class NothingLostTest {
    @TempDir
    Path dir;

    static Stream<Path> reports() {
        return Stream.concat(Fixtures.seeds().stream(), Fixtures.fixtures().stream());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void every_raw_line_is_found_in_the_output(Path file) throws Exception {
        String raw = TextDecoder.decode(Files.readAllBytes(file)).text();
        Lossless.assertNothingLost(file.toString(), raw, Fixtures.read(file));
    }

    static Stream<Arguments> documents() {
        String written = String.join("\n", FormatFixtures.BODY);
        return Stream.of(
                Arguments.of("web page, UTF-8", FormatFixtures.html(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                Arguments.of("web page, GBK", FormatFixtures.html(Charset.forName("GBK")), Charset.forName("GBK")),
                Arguments.of("web page, metadata list", FormatFixtures.htmlWithListMetadata(), StandardCharsets.UTF_8),
                Arguments.of("web page, bracketed metadata", FormatFixtures.htmlWithBracketMetadata(),
                        StandardCharsets.UTF_8),
                Arguments.of("Word .docx", FormatFixtures.docx(), null),
                Arguments.of("Word 97 .doc", FormatFixtures.doc(), null),
                Arguments.of("PDF over five pages", FormatFixtures.pdf(24, 12), null))
                .map(a -> Arguments.of(a.get()[0], a.get()[1],
                        a.get()[2] == null ? written : visibleArticleText((byte[]) a.get()[1], (Charset) a.get()[2])));
    }

    /** What a browser shows of the article element: its text with the page's own line breaks. */
    private static String visibleArticleText(byte[] page, Charset charset) {
        return Jsoup.parse(new String(page, charset)).selectFirst("div.article-content").wholeText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void every_line_a_reader_sees_is_found_in_the_output(String name, byte[] bytes, String seen) throws Exception {
        Path file = dir.resolve("report");
        Files.write(file, bytes);
        Lossless.assertNothingLost(name, seen, Fixtures.read(file));
    }
}

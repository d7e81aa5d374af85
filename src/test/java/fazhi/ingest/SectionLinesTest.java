package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.FileLines;
import fazhi.testing.TempDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every character of every section knows the line of the report file it was read from: the line that holds it when
 * the file is read line by line (for web pages, Word files and PDFs, the lines of the text their reader extracts).
 * Checked on every seed and fixture and on the generated web page, Word file and PDF.
 */
class SectionLinesTest {
    /** How many characters apart the checked characters lie, besides every piece's first and last. */
    private static final int STEP = 5;

    @Test
    void every_character_of_seeds_and_fixtures_is_on_the_line_its_section_names() throws Exception {
        List<Path> files = new ArrayList<>(Fixtures.seeds());
        files.addAll(Fixtures.fixtures());
        for (Path file : files) {
            check(file);
        }
    }

    @Test
    void web_page_word_and_pdf_lines_are_those_of_the_extracted_text() throws Exception {
        Path dir = Files.createTempDirectory("fazhi-lines");
        try {
            for (var named : List.of(
                    new Named("page.html", FormatFixtures.html(StandardCharsets.UTF_8)),
                    new Named("page-gbk.html", FormatFixtures.html(java.nio.charset.Charset.forName("GBK"))),
                    new Named("list.html", FormatFixtures.htmlWithListMetadata()),
                    new Named("report.docx", FormatFixtures.docx()),
                    new Named("wrapped.pdf", FormatFixtures.pdf(30, 12)))) {
                Path file = dir.resolve(named.name());
                Files.write(file, named.bytes());
                check(file);
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private record Named(String name, byte[] bytes) {
    }

    @Test
    void a_sentence_joined_across_a_page_break_keeps_the_line_of_each_part() {
        Report r = Fixtures.readFixture("page-breaks.txt");
        Section s = r.sections().stream().filter(x -> x.heading().startsWith("（一）")).findFirst().orElseThrow();
        List<String> raw = rawLines(Fixtures.fixture("page-breaks.txt"));
        int before = s.text().indexOf("全年经合法性审查");
        int after = s.text().indexOf("事项共9项");
        assertTrue(before >= 0 && after > before, s.text());
        assertEquals(lineHolding(raw, "全年经合法性审查"), s.lineAt(false, before));
        assertEquals(lineHolding(raw, "事项共9项"), s.lineAt(false, after));
        assertTrue(s.lineAt(false, after) - s.lineAt(false, before) > 1, "a page number and blank lines lie between");
    }

    private static List<String> rawLines(Path file) {
        try {
            return List.of(TextDecoder.decode(Files.readAllBytes(file)).text().split("\r\n|\r|\n", -1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int lineHolding(List<String> raw, String words) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).contains(words)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + words);
    }

    /** Checks a sample of the characters of every section of the file; most must be placeable from the file. */
    private static void check(Path file) throws Exception {
        Report report = Fixtures.read(file);
        FileLines lines = FileLines.of(file);
        int checked = 0;
        int placeable = 0;
        for (Section s : report.sections()) {
            for (boolean inHeading : new boolean[] {true, false}) {
                String source = inHeading ? s.heading() : s.text();
                LineStarts starts = inHeading ? s.headingLines() : s.textLines();
                for (int at : sample(source, starts)) {
                    checked++;
                    int expected = lines.lineOf(source, at);
                    if (expected == 0) {
                        continue; // a passage repeated word for word: the file cannot tell which line
                    }
                    placeable++;
                    assertEquals(expected, s.lineAt(inHeading, at), () -> file.getFileName() + " " + s.id()
                            + (inHeading ? " heading" : " text") + " at " + at + " «"
                            + source.substring(at, Math.min(source.length(), at + 10)) + "»");
                }
            }
        }
        assertTrue(checked > 0 && placeable * 10 >= checked * 9,
                file.getFileName() + ": " + placeable + " of " + checked + " characters placeable from the file");
    }

    /** Every STEP-th character, and the first and last character of every piece and paragraph. */
    private static List<Integer> sample(String source, LineStarts starts) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < source.length(); i += STEP) {
            at.add(i);
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.offsets()[i];
            int end = i + 1 < starts.size() ? starts.offsets()[i + 1] : source.length();
            at.add(start);
            at.add(end - 1);
        }
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            at.add(i + 1);
        }
        return at.stream().filter(i -> i >= 0 && i < source.length() && !Character.isWhitespace(source.charAt(i)))
                .distinct().toList();
    }
}

package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndSearchCommandTest {
    record Run(int code, String out, String err) {
    }

    @TempDir
    static Path tmp;
    static String index;

    static Run fazhi(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fazhi.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void indexSeeds() {
        index = tmp.resolve("index").toString();
        Run r = fazhi("index", "--index", index, "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("indexed 5 reports, "), r.out());
    }

    @Test
    void searchJsonIsExactlyTheAgreedObject() throws Exception {
        Run r = fazhi("search", "--index", index, "--json", "--size", "2", "法律顾问");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("query", "mode", "total", "reports", "occurrences", "count", "page", "size", "tookMs",
                "hits", "facets", "understoodAs"), names(json));
        assertEquals(List.of("year", "province", "city", "county", "township", "category", "yearSource"),
                names(json.get("facets")));
        assertEquals(List.of("id", "reportId", "title", "province", "city", "county", "township", "divisionCode",
                "divisionLevel", "year", "yearSource", "issuer", "addressee", "date", "closing", "warnings", "category",
                "heading", "headingPath", "score", "matches", "snippet", "headingMarks", "line", "at"),
                names(json.get("hits").get(0)));
        assertEquals("法律顾问", json.get("query").asText());
        assertEquals("exact", json.get("mode").asText());
        assertEquals(2, json.get("hits").size());
        assertTrue(json.get("total").asInt() > 2);
        JsonNode year = json.get("facets").get("year").get(0);
        assertEquals(List.of("value", "count"), names(year));
        assertTrue(year.get("value").isTextual() && year.get("count").isNumber());
    }

    @Test
    void sortAndFilterOptionsAreAccepted() {
        assertEquals(0, fazhi("search", "--index", index, "--sort", "-year", "--filter", "category=plans", "村").code());
        assertEquals(0, fazhi("search", "--index", index, "--sort=township", "--mode", "words", "村").code());
    }

    @Test
    void aQueryThatCannotBeUnderstoodExitsTwoWithOneLineOnStderr() {
        Run r = fazhi("search", "--index", index, "\"法律顾问");
        assertEquals(2, r.code());
        assertEquals("fazhi search: unbalanced quote at 0", r.err().strip());
        assertEquals(2, fazhi("search", "--index", index, "--mode", "fuzzy", "村").code());
        assertEquals(2, fazhi("search", "--index", index, "--size", "1000", "村").code());
    }

    @Test
    void noResultsIsStillSuccessAndReadableOutputNamesTheCount() {
        Run none = fazhi("search", "--index", index, "不存在的词语");
        assertEquals(0, none.code());
        assertTrue(none.out().startsWith("0 sections match 不存在的词语"), none.out());
        Run some = fazhi("search", "--index", index, "--filter", "year=2022", "法律顾问");
        assertTrue(some.out().contains("【法律顾问】"), some.out());
    }

    @Test
    void readableOutputNamesEachHitsFileLineForCiting() throws Exception {
        Run json = fazhi("search", "--index", index, "--json", "--size", "3", "法律顾问");
        Run readable = fazhi("search", "--index", index, "--size", "3", "法律顾问");
        for (JsonNode hit : new ObjectMapper().readTree(json.out()).get("hits")) {
            String line = "   " + hit.get("id").asText() + ", line " + hit.get("line").asInt() + " of the report file";
            assertTrue(readable.out().contains(line + "\n"), readable.out());
        }
    }

    @Test
    void aMissingIndexExitsFourWithOneLine() {
        Run r = fazhi("search", "--index", tmp.resolve("nothing").toString(), "村");
        assertEquals(4, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no index in"), r.err());
    }

    @Test
    void indexingNamesAFailedFileSkipsItAndExitsOneOrThreeWhenNothingWasIndexed() {
        String other = tmp.resolve("other").toString();
        Run partly = fazhi("index", "--index", other, "seeds/000_9083d36f983b8dd0.txt", "no-such-file.txt");
        assertEquals(1, partly.code());
        assertTrue(partly.err().contains("failed: no-such-file.txt: "), partly.err());
        assertTrue(partly.out().startsWith("indexed 1 reports"), partly.out());
        Run none = fazhi("index", "--index", other, "no-such-file.txt");
        assertEquals(3, none.code());
        assertEquals(0, fazhi("search", "--index", other, "村").code()); // the previous index still serves
    }

    @Test
    void threadsSetsHowManyFilesAreIndexedAtOnceAndMustBeOneOrMore() {
        String other = tmp.resolve("threads").toString();
        Run two = fazhi("index", "--index", other, "--threads", "2", "seeds", "no-such-file.txt");
        assertEquals(1, two.code());
        assertTrue(two.out().startsWith("indexed 5 reports, "), two.out());
        assertTrue(two.err().contains("failed: no-such-file.txt: "), two.err());
        Run zero = fazhi("index", "--index", other, "--threads", "0", "seeds");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--threads must be 1 or more, not 0"), zero.err());
    }

    @Test
    void indexingAFileAgainReplacesItsSectionsAndAddKeepsTheOthers() throws Exception {
        String dir = tmp.resolve("again").toString();
        String a = "seeds/000_9083d36f983b8dd0.txt";
        String b = "seeds/003_57eae4c523504c57.txt";
        assertEquals(0, fazhi("index", "--index", dir, a).code());
        long one = total(dir);
        assertEquals(0, fazhi("index", "--index", dir, "--add", a, b).code());
        long both = total(dir);
        assertTrue(both > one);
        assertEquals(0, fazhi("index", "--index", dir, "--add", a).code());
        assertEquals(both, total(dir));
        assertEquals(0, fazhi("index", "--index", dir, a, a).code()); // without --add: exactly these files
        assertEquals(one, total(dir));
    }

    @Test
    void anIndexOfAnOlderVersionIsRefusedBySearchAndByAddWithAMessageAndRebuiltWithoutAdd() throws Exception {
        String dir = tmp.resolve("old").toString();
        String a = "seeds/000_9083d36f983b8dd0.txt";
        assertEquals(0, fazhi("index", "--index", dir, a).code());
        fazhi.index.SchemaVersionTest.makeOld(Path.of(dir));
        Run search = fazhi("search", "--index", dir, "村");
        assertEquals(4, search.code()); // the index is unusable as it is
        assertTrue(search.err().startsWith("fazhi search: the index in " + dir + " was built by an older version"),
                search.err());
        Run add = fazhi("index", "--index", dir, "--add", a);
        assertEquals(4, add.code());
        assertEquals(1, add.err().strip().lines().count(), add.err());
        assertTrue(add.err().contains("rebuild it") && !add.err().contains("\tat "), add.err());
        assertEquals(0, fazhi("index", "--index", dir, a).code());
        assertEquals(0, fazhi("search", "--index", dir, "村").code());
    }

    @Test
    void anEditedReportIndexedAgainWithAddReplacesTheOldOneSoNoCountDoubles() throws Exception {
        String dir = tmp.resolve("edited").toString();
        Path copy = tmp.resolve("edited-report.txt");
        String text = java.nio.file.Files.readString(Path.of("seeds/000_9083d36f983b8dd0.txt"));
        java.nio.file.Files.writeString(copy, text);
        assertEquals(0, fazhi("index", "--index", dir, copy.toString(), "seeds/003_57eae4c523504c57.txt").code());
        JsonNode before = json(fazhi("search", "--index", dir, "--json", "--size", "1", "法律顾问"));
        int at = text.indexOf("营造");
        java.nio.file.Files.writeString(copy, text.substring(0, at) + "营建" + text.substring(at + 2));
        Run again = fazhi("index", "--index", dir, "--add", copy.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("indexed 1 reports"), again.out());
        JsonNode after = json(fazhi("search", "--index", dir, "--json", "--size", "1", "法律顾问"));
        for (String count : List.of("total", "reports", "occurrences")) {
            assertEquals(before.get(count), after.get(count), count);
        }
        assertEquals(before.get("facets"), after.get("facets"));
    }

    private static JsonNode json(Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static long total(String dir) throws Exception {
        Run r = fazhi("search", "--index", dir, "--json", "");
        return new ObjectMapper().readTree(r.out()).get("total").asLong();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

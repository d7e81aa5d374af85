package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fazhi.ingest.Report;
import fazhi.ingest.ReportIdentity;
import fazhi.ingest.ReportReader;
import fazhi.search.FacetValue;
import fazhi.search.SearchRequest;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When two files are one report (same text in any encoding, same file, same place + year + title), indexing keeps
 * one: the later replaces the earlier, and counts stay as if only the later had ever been indexed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportIdentityTest {
    private static final Path SEED = Path.of("seeds/000_9083d36f983b8dd0.txt");
    private static final Path OTHER = Path.of("seeds/003_57eae4c523504c57.txt");
    /** Queries whose counts a researcher would cite; compared between indexes that must hold the same reports. */
    private static final List<String> QUERIES = List.of("", "法律顾问", "调解", "普法", "政府");

    @TempDir
    Path dir;

    private static final FileIndexer.Progress QUIET = (done, total, sections) -> { };

    private Path write(String name, String text, String charset, byte... bom) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(Charset.forName(charset)));
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static String seedText() throws Exception {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    /** The seed with one character of its body changed (not in the title, not in any query term). */
    private static String edited(String text) {
        int at = text.indexOf("营造");
        return text.substring(0, at) + "营建" + text.substring(at + 2);
    }

    private FileIndexer.Summary index(Path index, boolean add, Path... files) throws Exception {
        FileIndexer.Summary s = FileIndexer.run(index, List.of(files), add, QUIET);
        assertEquals(List.of(), s.failures());
        return s;
    }

    /** Report and section counts, and total and per-township counts of every query: what must not double. */
    private static Map<String, Object> counts(Path index) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        try (SearchService s = SearchService.open(index)) {
            out.put("reports", s.index().stats().reports());
            out.put("sections", s.index().stats().sections());
            for (String q : QUERIES) {
                SearchResult r = s.search(SearchRequest.of(q));
                out.put(q + " total", r.total());
                out.put(q + " by township", r.facets().get("township").stream()
                        .map(FacetValue::toString).toList());
            }
        }
        return out;
    }

    private static List<String> sources(Path index) throws Exception {
        try (SearchService s = SearchService.open(index)) {
            return new fazhi.search.ReportBrowser(s).reports().stream().map(r -> r.source()).sorted().toList();
        }
    }

    @Test
    void an_edited_report_indexed_again_with_add_replaces_the_old_one() throws Exception {
        Path copy = write("report.txt", seedText(), "UTF-8");
        Path index = dir.resolve("index");
        index(index, false, copy, OTHER);
        Map<String, Object> before = counts(index);
        Files.writeString(copy, edited(seedText()), StandardCharsets.UTF_8);
        assertNotEquals(ReportReader.read(SEED).id(), ReportReader.read(copy).id());

        FileIndexer.Summary added = index(index, true, copy);
        assertEquals(1, added.reports());
        Path fresh = dir.resolve("fresh"); // what the index must now equal: the current files, indexed afresh
        index(fresh, false, copy, OTHER);
        assertEquals(counts(fresh), counts(index));
        assertEquals(before.get("reports"), counts(index).get("reports"));
        assertEquals(before.get("法律顾问 total"), counts(index).get("法律顾问 total"));
        assertEquals(sources(fresh), sources(index));
    }

    @Test
    void a_file_indexed_again_with_its_title_changed_still_replaces_its_old_version() throws Exception {
        Path copy = write("report.txt", seedText(), "UTF-8");
        Path index = dir.resolve("index");
        index(index, false, copy, OTHER);
        String retitled = seedText().replaceFirst("年度报告", "工作报告");
        Files.writeString(copy, retitled, StandardCharsets.UTF_8);
        assertNotEquals(ReportIdentity.identityKey(ReportReader.read(SEED)),
                ReportIdentity.identityKey(ReportReader.read(copy))); // only the path says it is the same report
        index(index, true, copy);
        Path fresh = dir.resolve("fresh");
        index(fresh, false, copy, OTHER);
        assertEquals(counts(fresh), counts(index));
    }

    @Test
    void the_same_text_in_utf8_gb18030_and_utf8_with_bom_is_one_report() throws Exception {
        String crlf = seedText().replace("\n", "\r\n");
        Path utf8 = write("utf8.txt", seedText(), "UTF-8");
        Path bom = write("bom.txt", seedText(), "UTF-8", (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Path gb = write("gb.txt", crlf, "GB18030");
        Path utf16 = write("utf16.txt", crlf, "UTF-16LE", (byte) 0xFF, (byte) 0xFE);
        String id = ReportReader.read(utf8).id();
        for (Path p : List.of(bom, gb, utf16)) {
            assertEquals(id, ReportReader.read(p).id(), p.toString());
        }
        Path index = dir.resolve("index");
        FileIndexer.Summary s = index(index, false, utf8, bom, gb, utf16);
        Report one = ReportReader.read(utf8);
        assertEquals(1, s.reports());
        assertEquals(one.sections().size(), s.sections());
        Path single = dir.resolve("single");
        index(single, false, utf8);
        assertEquals(counts(single), counts(index));
    }

    @Test
    void the_id_changes_with_any_character_of_the_text_but_not_with_line_ends_or_bom() {
        String text = "某某镇2022年法治政府建设年度报告\n一、主要做法\n正文。\n";
        assertEquals(ReportIdentity.idOf(text), ReportIdentity.idOf("\uFEFF" + text.replace("\n", "\r\n")));
        assertEquals(ReportIdentity.idOf(text), ReportIdentity.idOf(text.replace("\n", "\r")));
        assertNotEquals(ReportIdentity.idOf(text), ReportIdentity.idOf(text.replace("正文", "证文")));
        assertEquals(16, ReportIdentity.idOf(text).length());
    }

    @Test
    void a_different_file_with_the_same_township_year_and_title_replaces_the_earlier_one() throws Exception {
        Path first = write("town-site.txt", seedText(), "UTF-8");
        Path second = write("county-site.txt", edited(seedText()), "GB18030");
        Report a = ReportReader.read(first);
        Report b = ReportReader.read(second);
        assertNotEquals(a.id(), b.id());
        assertEquals(ReportIdentity.identityKey(a), ReportIdentity.identityKey(b));

        Path index = dir.resolve("index");
        index(index, false, first, OTHER);
        FileIndexer.Summary added = index(index, true, second);
        assertEquals(1, added.reports());
        Path fresh = dir.resolve("fresh");
        index(fresh, false, second, OTHER);
        assertEquals(counts(fresh), counts(index));
        assertEquals(sources(fresh), sources(index)); // the newer file's report is the one kept

        Path together = dir.resolve("together"); // within one run: counted once, the later file kept
        FileIndexer.Summary s = index(together, false, first, second);
        assertEquals(1, s.reports());
        assertEquals(b.sections().size(), s.sections());
        assertEquals(List.of(second.getFileName().toString()), sources(together)); // a source never names a server path
    }

    @Test
    void reports_whose_township_is_unknown_are_not_merged_even_with_the_same_title_and_year() throws Exception {
        String title = "关于2022年度法治政府建设工作的报告\n";
        Path one = write("one.txt", title + "一、主要做法\n全年开展普法宣传12场。\n二、存在问题\n队伍力量不足。\n", "UTF-8");
        Path two = write("two.txt", title + "一、主要做法\n聘请法律顾问2名。\n二、存在问题\n宣传不够深入。\n", "UTF-8");
        Report a = ReportReader.read(one);
        Report b = ReportReader.read(two);
        assertNull(a.township());
        assertEquals(a.title(), b.title());
        assertEquals(a.year(), b.year());
        assertNull(ReportIdentity.identityKey(a));

        Path index = dir.resolve("index");
        assertEquals(2, index(index, false, one, two).reports());
        index(index, true, two); // indexing one of them again replaces only itself
        try (SearchService s = SearchService.open(index)) {
            assertEquals(2, s.index().stats().reports());
            assertEquals(a.sections().size() + b.sections().size(), s.index().stats().sections());
        }
    }

    @Test
    void same_township_and_title_in_another_year_or_county_is_another_report_but_a_differently_typed_title_is_not() {
        Report r = new Report("x", "x.txt", "城关镇法治政府建设年度报告", null, null, "城关镇", "甲县", null, "乙省",
                null, null, 2022, "preamble", null, null, Map.of(), List.of(), List.of());
        Report otherYear = new Report("y", "y.txt", r.title(), null, null, "城关镇", "甲县", null, "乙省", null, null,
                2023, "preamble", null, null, Map.of(), List.of(), List.of());
        Report otherCounty = new Report("z", "z.txt", r.title(), null, null, "城关镇", "丙县", null, "乙省", null, null,
                2022, "preamble", null, null, Map.of(), List.of(), List.of());
        assertNotEquals(ReportIdentity.identityKey(r), ReportIdentity.identityKey(otherYear));
        assertNotEquals(ReportIdentity.identityKey(r), ReportIdentity.identityKey(otherCounty));
        Report copied = new Report("c", "c.txt", "城關鎮法治政府建設 年度報告", null, null, "城关镇", "甲县", null, "乙省",
                null, null, 2022, "title", null, null, Map.of(), List.of(), List.of());
        assertEquals(ReportIdentity.identityKey(r), ReportIdentity.identityKey(copied)); // folded like search
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.index.MatchNormalizer;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.Searches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact mode finds a section if and only if every term is a substring of its normalised own heading or text, and
 * counts every occurrence. The expected answers are computed from the indexed data with the normaliser, not listed.
 */
class ExactnessTest {
    /** 1–6 characters; digits, mixed, punctuation, Latin, traditional and full-width input included. */
    static final List<String> TERMS = List.of("法律顾问", "政府", "合法", "村", "调解", "法治宣传", "12345", "12345热线",
            "法律顧問", "民政", "人民", "镇", "法治", "依法行政", "矛盾纠纷", "信访", "普法", "律师", "宣传", "建设",
            "年度", "工作", "2022", "第一责任人", "党委", "审查", "公开", "合同", "１２３４５", "ABC", "abc", "（一）",
            "。", "%", "<script>", "😀", "法治政府建设", "调解委员会", "發揮", "乡镇", "不存在的词", "x");
    static final List<String> PAIRS = List.of("法律顾问 审查", "村 调解", "政府 法律顾问", "法治 宣传", "12345 热线",
            "民政 人民", "镇 村", "合法 合同", "法治宣传 村", "调解 纠纷");

    @TempDir
    static Path dir;
    static SearchService service;
    static List<Section> sections = new ArrayList<>();

    @BeforeAll
    static void index() throws Exception {
        List<Report> reports = Fixtures.seedsAndFixtures();
        Fixtures.index(dir, reports);
        reports.forEach(r -> sections.addAll(r.sections()));
        service = SearchService.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        service.close();
    }

    @Test
    void eachTermFindsExactlyTheSectionsContainingItWithTrueMatchCounts() throws Exception {
        int nonEmpty = 0;
        for (String term : TERMS) {
            nonEmpty += check(term, List.of(term)) > 0 ? 1 : 0;
        }
        assertTrue(nonEmpty >= 30, "the term list should mostly hit the data, hit " + nonEmpty);
    }

    @Test
    void twoTermsFindExactlyTheSectionsContainingBoth() throws Exception {
        for (String pair : PAIRS) {
            check(pair, List.of(pair.split(" ")));
        }
    }

    @Test
    void aTermBrokenByALineBreakInTheTextStillMatches() throws Exception {
        assertTrue(Searches.all(service, "法治宣传覆盖", Mode.EXACT).stream().anyMatch(h -> h.id().equals("r1-1")));
    }

    /** Compares the service's answer for {@code query} with the sections that contain every term. */
    private static int check(String query, List<String> terms) throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        for (Section s : sections) {
            String h = MatchNormalizer.normalize(s.heading());
            String t = MatchNormalizer.normalize(s.text());
            boolean all = terms.stream().map(MatchNormalizer::normalize).allMatch(n -> h.contains(n) || t.contains(n));
            if (all) {
                int count = terms.stream().map(MatchNormalizer::normalize).distinct()
                        .mapToInt(n -> MatchNormalizer.countOccurrences(h, n) + MatchNormalizer.countOccurrences(t, n))
                        .sum();
                expected.put(s.id(), count);
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (Hit hit : Searches.all(service, query, Mode.EXACT)) {
            actual.put(hit.id(), hit.matches());
        }
        assertEquals(expected.keySet(), new TreeSet<>(actual.keySet()), "sections for " + query);
        assertEquals(expected, new TreeMap<>(actual), "match counts for " + query);
        return expected.size();
    }
}

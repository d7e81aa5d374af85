package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.OracleFolding;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exact mode finds a section if and only if every term is a substring of its normalised own heading or text, and
 * counts every occurrence. The expected answers are computed from the indexed data, not listed, by a scan that
 * folds through {@link OracleFolding}: ICU applied to whole strings, sharing no code with the index's folding, so a
 * folding bug shows here as a difference.
 */
class ExactnessTest {
    /** 1–6 characters; digits, mixed, punctuation, Latin, traditional and full-width input included. */
    static final List<String> TERMS = List.of("法律顾问", "政府", "合法", "村", "调解", "法治宣传", "12345", "12345热线",
            "法律顧問", "民政", "人民", "镇", "法治", "依法行政", "矛盾纠纷", "信访", "普法", "律师", "宣传", "建设",
            "年度", "工作", "2022", "第一责任人", "党委", "审查", "公开", "合同", "１２３４５", "ABC", "abc", "（一）",
            "。", "%", "<script>", "😀", "法治政府建设", "调解委员会", "發揮", "乡镇", "不存在的词", "x");
    static final List<String> PAIRS = List.of("法律顾问 审查", "村 调解", "政府 法律顾问", "法治 宣传", "12345 热线",
            "民政 人民", "镇 村", "合法 合同", "法治宣传 村", "调解 纠纷");

    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::seedsAndFixtures);
    static final List<Section> sections = new ArrayList<>();

    @BeforeAll
    static void collectSections() {
        INDEX.reports().forEach(r -> sections.addAll(r.sections()));
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
        assertTrue(Searches.all(INDEX.service(), "法治宣传覆盖", Mode.EXACT).stream().anyMatch(h -> h.id().equals("r1-1")));
    }

    @Test
    void orNotAndFieldScopesFindExactlyWhatTheyDescribe() throws Exception {
        check("法律顾问 OR 调解", s -> has(s, "法律顾问") || has(s, "调解"), s -> count(s, "法律顾问") + count(s, "调解"));
        check("村 -调解", s -> has(s, "村") && !has(s, "调解"), s -> count(s, "村"));
        check("村 NOT (调解 OR 信访)", s -> has(s, "村") && !has(s, "调解") && !has(s, "信访"), s -> count(s, "村"));
        check("heading:法律顾问", s -> norm(s.heading()).contains("法律顾问"),
                s -> OracleFolding.count(norm(s.heading()), "法律顾问"));
        check("text:法律顾问", s -> norm(s.text()).contains("法律顾问"),
                s -> OracleFolding.count(norm(s.text()), "法律顾问"));
        check("path:举措 法治", s -> s.headingPath().stream().anyMatch(h -> norm(h).contains("举措")) && has(s, "法治"),
                s -> count(s, "法治"));
        check("\"法律 顾问\"", s -> has(s, "法律顾问"), s -> count(s, "法律顾问"));
    }

    private static String norm(String s) {
        return OracleFolding.fold(s);
    }

    private static boolean has(Section s, String term) {
        String n = norm(term);
        return norm(s.heading()).contains(n) || norm(s.text()).contains(n);
    }

    private static int count(Section s, String term) {
        String n = norm(term);
        return OracleFolding.count(norm(s.heading()), n) + OracleFolding.count(norm(s.text()), n);
    }

    /** Terms ANDed: the sections containing every one, counting each distinct term's occurrences. */
    private static int check(String query, List<String> terms) throws Exception {
        return check(query, s -> terms.stream().allMatch(t -> has(s, t)),
                s -> terms.stream().map(OracleFolding::fold).distinct().mapToInt(t -> count(s, t)).sum());
    }

    /** Compares the service's answer for {@code query} with the sections the predicate accepts and their counts. */
    private static int check(String query, java.util.function.Predicate<Section> expectMatch,
                             java.util.function.ToIntFunction<Section> expectCount) throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        for (Section s : sections) {
            if (expectMatch.test(s)) {
                expected.put(s.id(), expectCount.applyAsInt(s));
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (Hit hit : Searches.all(INDEX.service(), query, Mode.EXACT)) {
            actual.put(hit.id(), hit.matches());
        }
        assertEquals(expected.keySet(), new TreeSet<>(actual.keySet()), "sections for " + query);
        assertEquals(expected, new TreeMap<>(actual), "match counts for " + query);
        return expected.size();
    }
}

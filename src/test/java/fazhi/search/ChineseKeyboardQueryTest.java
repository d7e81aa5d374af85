package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.OracleFolding;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queries as typed with a Chinese input method: operators in both widths, heading markers, folded filters. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChineseKeyboardQueryTest {
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::seedsAndFixtures);

    /** Section id → match count: the whole answer to a query, all pages. */
    private static Map<String, Integer> answer(String query) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (Hit h : Searches.all(INDEX.service(), query, Mode.EXACT)) {
            out.put(h.id(), h.matches());
        }
        return out;
    }

    private static void sameAs(String ascii, String... twins) throws Exception {
        Map<String, Integer> expected = answer(ascii);
        assertFalse(expected.isEmpty(), "the ASCII form should find something: " + ascii);
        for (String twin : twins) {
            assertEquals(expected, answer(twin), twin + " should read like " + ascii);
        }
    }

    @Test
    void every_full_width_or_chinese_operator_form_gives_the_same_result_as_its_ascii_twin() throws Exception {
        sameAs("\"法律顾问 制度\"", "“法律顾问 制度”", "「法律顾问 制度」", "『法律顾问 制度』", "＂法律顾问 制度＂");
        sameAs("法律顾问 -合同", "法律顾问 －合同", "法律顾问 —合同", "法律顾问 ——合同");
        sameAs("(调解 OR 信访) 村", "（调解 OR 信访） 村", "（调解 ＯＲ 信访） 村", "(调解 OR 信访）村");
        sameAs("法律顾问 OR 律师", "法律顾问 ＯＲ 律师");
        sameAs("法律顾问 AND 律师", "法律顾问 ＡＮＤ 律师");
        sameAs("法律顾问 NOT 合同", "法律顾问 ＮＯＴ 合同");
        sameAs("heading:法律顾问", "heading：法律顾问", "ｈｅａｄｉｎｇ：法律顾问");
        sameAs("year:2023 法治", "year：2023 法治", "year:２０２３ 法治");
        sameAs("year:[2021 TO 2023] 法治", "year：［2021 ＴＯ 2023］ 法治");
    }

    @Test
    void an_operator_changes_the_answer_so_the_twins_are_really_operators() throws Exception {
        assertNotEquals(answer("法律顾问 -合同"), answer("法律顾问 合同"));
        assertNotEquals(answer("法律顾问 －合同"), answer("法律顾问 合同"));
    }

    @Test
    void a_bracketed_heading_marker_is_a_literal_term_in_both_widths() throws Exception {
        for (String marker : List.of("一", "1", "3", "二")) {
            Map<String, Integer> half = answer("(" + marker + ")");
            assertEquals(half, answer("（" + marker + "）"), marker);
            assertEquals(half, answer("(" + marker + "）"), marker);
            assertEquals(expectedLiteral("(" + marker + ")"), half, marker);
        }
        assertFalse(answer("(一)").isEmpty());
        assertNotEquals(answer("(一)"), answer("( 一 )"), "with spaces inside it is a group again");
    }

    @Test
    void a_heading_marker_joined_to_text_is_one_literal() throws Exception {
        assertEquals(expectedLiteral("(一)提高"), answer("(一)提高"));
    }

    /** The sections containing the literal, and how often, by the oracle's folding. */
    private static Map<String, Integer> expectedLiteral(String literal) {
        String needle = OracleFolding.fold(literal);
        Map<String, Integer> out = new TreeMap<>();
        List<Section> sections = new ArrayList<>();
        INDEX.reports().forEach(r -> sections.addAll(r.sections()));
        for (Section s : sections) {
            int n = OracleFolding.count(OracleFolding.fold(s.heading()), needle)
                    + OracleFolding.count(OracleFolding.fold(s.text()), needle);
            if (n > 0) {
                out.put(s.id(), n);
            }
        }
        return out;
    }

    @Test
    void a_place_filter_finds_the_official_name_from_its_short_or_traditional_form() throws Exception {
        sameAs("province:江苏省", "province:江苏", "province:江蘇");
        sameAs("city:南通市", "city:南通");
        sameAs("county:如东县", "county:如东", "county:如東縣");
        sameAs("county:麻阳苗族自治县", "county:麻阳", "county:麻阳县");
        sameAs("township:洋口镇", "township:洋口鎮", "township:洋口");
        sameAs("county:酉阳土家族苗族自治县", "county:酉阳", "county:酉阳县");
    }

    @Test
    void api_filters_are_folded_like_the_query_language() throws Exception {
        SearchResult official = INDEX.service().search(withFilter("province", "江苏省"));
        assertTrue(official.total() > 0);
        assertEquals(official.total(), INDEX.service().search(withFilter("province", "江苏")).total());
        SearchResult township = INDEX.service().search(withFilter("township", "洋口镇"));
        assertTrue(township.total() > 0);
        assertEquals(township.total(), INDEX.service().search(withFilter("township", "洋口鎮")).total());
        assertEquals(township.total(), INDEX.service().search(withFilter("township", "洋口")).total());
    }

    @Test
    void streams_for_exports_and_concordances_fold_place_filters_too() throws Exception {
        MatchStream stream = new MatchStream(INDEX.service());
        long official = stream.forEach(withFilter("province", "江苏省"), s -> { });
        assertTrue(official > 0);
        assertEquals(official, stream.forEach(withFilter("province", "江蘇"), s -> { }));
        assertEquals(official, stream.forEach(new SearchRequest("province:江苏", Mode.EXACT, Map.of(),
                SortOrder.RELEVANCE, 1, 10), s -> { }));
        assertThrows(UnknownValueException.class, () -> stream.forEach(withFilter("township", "洋囗镇"), s -> { }));
    }

    @Test
    void an_unknown_place_is_refused_with_the_nearest_known_names() {
        UnknownValueException e = assertThrows(UnknownValueException.class,
                () -> INDEX.service().search(SearchRequest.of("township:洋囗镇 法治")));
        assertEquals("洋口镇", e.suggestions().getFirst());
        assertTrue(e.getMessage().startsWith("no township '洋囗镇' in the index (nearest: 洋口镇"), e.getMessage());
        assertTrue(e.messageZh().startsWith("索引中没有乡镇“洋囗镇”，相近的有：洋口镇"), e.messageZh());
        UnknownValueException api = assertThrows(UnknownValueException.class,
                () -> INDEX.service().search(withFilter("county", "如冬县")));
        assertEquals("如东县", api.suggestions().getFirst());
    }

    @Test
    void the_answer_says_what_the_query_was_understood_as() throws Exception {
        assertEquals("法律顾问 且 不含 合同", Searches.first(INDEX.service(), "法律顾问 －合同").understoodAs());
        assertEquals("（调解 或 信访） 且 村", Searches.first(INDEX.service(), "（调解 ＯＲ 信访） 村").understoodAs());
        assertEquals("“法律顾问 制度” 且 省份：江苏省 且 年份：2021–2023",
                Searches.first(INDEX.service(), "「法律顾问 制度」 province:江苏 year:[2021 TO 2023]").understoodAs());
        assertEquals("标题含 （一） 且 报告部分：下一年度安排",
                Searches.first(INDEX.service(), "heading:（一） category:plans").understoodAs());
        assertEquals(null, Searches.first(INDEX.service(), "").understoodAs());
    }

    private static SearchRequest withFilter(String dim, String value) {
        return new SearchRequest("", Mode.EXACT, Map.of(dim, List.of(value)), SortOrder.RELEVANCE, 1, 10);
    }
}

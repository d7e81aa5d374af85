package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ranking promises, on sections built so that only the property under test differs. SmartCN segments 镇民政所 as
 * 镇|民政|所 and 人民政府 as one word (checked in {@link #theSegmentationTheseTestsRelyOnHolds}); the in-word sections
 * mention the term more often, so frequency alone would put them first.
 */
class RankingTest {
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(() -> List.of(new Report("k", "k.txt", "t", null, null, "甲镇",
            null, null, null, null, null, 2023, "title", null, null, Map.of(), List.of(), List.of(
            section("k-0", "一、工作情况", "人民政府高度重视，人民政府主要负责人带头，人民政府每月研究。"),
            section("k-1", "二、工作成效", "镇民政所负责低保审核，各村按月上报材料。"),
            section("k-2", "三、法律顾问", "本年度工作稳步推进，各项制度不断完善。"),
            section("k-3", "四、其他工作", "本年度聘请法律顾问，各项制度不断完善。"),
            section("k-4", "五、成效", "聘请合法性审查人员，合法性审查全覆盖，合法性审查有记录。"),
            section("k-5", "六、成效", "坚持依法决策，做到合法，程序规范。")))));

    private static Section section(String id, String heading, String text) {
        return new Section(id, 1, heading, List.of(heading), "measures", text, 1);
    }

    private static List<String> ids(String query, Mode mode) throws Exception {
        return Searches.all(INDEX.service(), query, mode).stream().map(Hit::id).toList();
    }

    @Test
    void theSegmentationTheseTestsRelyOnHolds() {
        var words = fazhi.index.Analyzers.words();
        assertEquals(List.of("镇", "民政", "所", "负责"), fazhi.index.Analyzers.tokens(words, "f", "镇民政所负责"));
        assertEquals(List.of("人民政府"), fazhi.index.Analyzers.tokens(words, "f", "人民政府"));
        assertEquals(List.of("合法性", "审查"), fazhi.index.Analyzers.tokens(words, "f", "合法性审查"));
    }

    @Test
    void aWholeWordRanksAboveTheSameCharactersInsideALongerWord() throws Exception {
        assertEquals(List.of("k-1", "k-0"), ids("民政", Mode.EXACT));
        assertEquals(List.of("k-5", "k-4"), ids("合法", Mode.EXACT));
    }

    @Test
    void wordsModeAlsoRanksWholeWordsFirstAndStillFindsInWordMatches() throws Exception {
        assertEquals(List.of("k-1", "k-0"), ids("民政", Mode.WORDS));
    }

    @Test
    void aMatchInTheSectionsOwnHeadingRanksAboveOneInTheText() throws Exception {
        assertEquals(List.of("k-2", "k-3"), ids("法律顾问", Mode.EXACT));
    }
}

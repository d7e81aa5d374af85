package fazhi.ingest;

import static fazhi.ingest.Fixtures.level;
import static fazhi.ingest.Fixtures.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance figures of the foundation issue for the five bundled seeds. */
class SeedReportsTest {
    private static void assertParts(Report report, List<String> expected) {
        List<String> parts = level(report, 1).stream()
                .map(s -> s.heading().substring(0, s.heading().indexOf('、') + 1) + " " + s.category()).toList();
        assertEquals(expected, parts, report.source());
    }

    private static void assertPlace(Report r, String province, String city, String county, String township,
                                    String code) {
        assertEquals(Arrays.asList(province, city, county, township, code),
                Arrays.asList(r.province(), r.city(), r.county(), r.township(), r.divisionCode()), r.source());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void seeds_are_placed_in_the_official_divisions() {
        assertPlace(seed("000"), "广东省", "清远市", "阳山县", "小江镇", "441823111");
        assertPlace(seed("001"), "湖南省", "怀化市", "麻阳苗族自治县", "锦和镇", "431226101");
        assertPlace(seed("002"), "河南省", "平顶山市", "宝丰县", "李庄乡", "410421203");
        assertPlace(seed("003"), "重庆市", null, "酉阳土家族苗族自治县", "泔溪镇", "500242110");
        assertPlace(seed("004"), "江苏省", "南通市", "如东县", "洋口镇", "320623101");
    }

    @Test
    void seed_000_is_xiaojiang_2022_signed_in_2023() {
        Report r = seed("000");
        assertEquals("小江镇2022年法治政府建设年度报告", r.title());
        assertEquals(2022, r.year());
        assertEquals("2023-01-13", r.date());
        assertEquals("阳山县小江镇人民政府", r.issuer());
        assertParts(r, List.of("一、 measures", "二、 shortcomings", "三、 plans"));
        assertEquals(12, level(r, 2).size());
    }

    @Test
    void seed_001_reports_on_2025_not_its_plan_year_2026() {
        Report r = seed("001");
        assertEquals(2025, r.year());
        assertParts(r, List.of("一、 measures", "二、 shortcomings", "二、 plans"));
        assertEquals(7, level(r, 2).size());
    }

    @Test
    void seed_002_ends_with_arabic_part_five_as_other() {
        Report r = seed("002");
        assertEquals(2023, r.year());
        assertParts(r, List.of("一、 leadership", "二、 measures", "三、 shortcomings", "四、 plans", "5、 other"));
        assertEquals(18, level(r, 2).size());
    }

    @Test
    void seed_003_reads_full_width_indented_headings() {
        Report r = seed("003");
        assertEquals(2021, r.year());
        assertParts(r, List.of("一、 measures", "二、 shortcomings", "三、 plans"));
        assertEquals(5, level(r, 2).size());
        assertTrue(level(r, 3).isEmpty(), "一是/二是 paragraphs are not headings");
    }

    @Test
    void seed_004_uses_arabic_numbers_at_the_top() {
        Report r = seed("004");
        assertEquals(2023, r.year());
        assertParts(r, List.of("1、 measures", "2、 leadership", "3、 shortcomings", "4、 plans"));
        assertEquals(14, level(r, 2).size());
        assertEquals("1、 本年度推进法治政府建设的主要举措和成效", level(r, 1).get(0).heading());
    }

    @Test
    void seed_000_joins_the_sentence_a_page_break_cut() {
        Report r = seed("000");
        assertTrue(r.sections().stream().anyMatch(s -> s.text().contains("把学习宣传贯彻习近平法治思想与党的二十大精神")));
        Section adviser = r.sections().stream().filter(s -> s.heading().startsWith("1.党委政府")).findFirst()
                .orElseThrow();
        assertEquals("1.党委政府加强党政机关法律顾问工作。", adviser.heading());
        assertTrue(adviser.text().startsWith("我镇及各村委会分别与广东定海针(阳山)律师事务所"), adviser.text());
    }

    @Test
    void heading_runs_on_into_its_paragraph_until_the_first_full_stop() {
        Section s = seed("002").sections().stream().filter(x -> x.heading().startsWith("（一）坚持党的领导"))
                .findFirst().orElseThrow();
        assertEquals("（一）坚持党的领导，抓实法治政府责任落实。", s.heading());
        assertTrue(s.text().startsWith("充分发挥"));
        assertEquals(List.of("一、2023年主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况",
                "（一）坚持党的领导，抓实法治政府责任落实。"), s.headingPath());
    }

    @Test
    void text_before_the_first_heading_is_a_level_zero_preamble() {
        Section preamble = seed("000").sections().get(0);
        assertEquals(0, preamble.level());
        assertEquals("preamble", preamble.category());
        assertEquals(List.of(), preamble.headingPath());
        assertTrue(preamble.text().startsWith("法治政府建设是全面依法治国的重点任务"));
    }

    @Test
    void section_ids_are_stable_and_unique() {
        for (String n : List.of("000", "001", "002", "003", "004")) {
            Report first = seed(n);
            Report again = seed(n);
            assertEquals(first.sections().stream().map(Section::id).toList(),
                    again.sections().stream().map(Section::id).toList());
            assertEquals(first.sections().size(), first.sections().stream().map(Section::id).distinct().count());
            assertTrue(first.sections().stream().allMatch(s -> s.id().startsWith(first.id() + "-")));
        }
    }
}

package fazhi.ingest;

import static fazhi.ingest.Fixtures.level;
import static fazhi.ingest.Fixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real-world report shapes, each pinned by a small fixture under src/test/resources/fixtures. */
class ReportParserTest {
    private static List<String> headings(Report r, int level) {
        return level(r, level).stream().map(Section::heading).toList();
    }

    private static List<String> categories(Report r) {
        return level(r, 1).stream().map(Section::category).toList();
    }

    private static String allText(Report r) {
        return String.join("\n", r.sections().stream().map(s -> s.heading() + "\n" + s.text()).toList());
    }

    @Test
    void web_page_copy_keeps_its_metadata_and_drops_navigation() {
        Report r = readFixture("web-copy.txt");
        assertEquals("城关镇2022年法治政府建设年度报告", r.title());
        assertEquals(List.of("索引号", "发布机构", "成文日期", "发布日期", "主题分类"), List.copyOf(r.pageMeta().keySet()));
        assertEquals("五河县城关镇人民政府", r.issuer(), "issuer from 发布机构 when there is no signature");
        assertEquals("2023-01-10", r.date(), "成文日期 is the signing date, 发布日期 is not");
        assertEquals(2022, r.year());
        assertFalse(allText(r).contains("您当前的位置"));
        assertFalse(allText(r).contains("字体"));
        assertFalse(allText(r).contains("年度报告"), "the repeated title is not body text");
        assertTrue(r.sections().get(0).text().startsWith("2022年，五河县城关镇"));
    }

    @Test
    void report_without_title_line_has_null_title_and_a_warning() {
        Report r = readFixture("no-title.txt");
        assertNull(r.title());
        assertTrue(r.warnings().contains("no title line found"));
        assertEquals(2022, r.year());
        assertEquals("preamble", r.sections().get(0).category());
        assertEquals(List.of("measures", "shortcomings", "plans"), categories(r));
    }

    @Test
    void title_split_over_lines_is_joined_and_letterhead_is_not_taken_for_it() {
        Report r = readFixture("split-title.txt");
        assertEquals("阳山县小江镇人民政府关于2022年度法治政府建设工作情况的报告", r.title());
        assertEquals("阳山县小江镇人民政府", r.issuer());
        assertEquals("2023-01-09", r.date());
        assertEquals(2022, r.year(), "2023年工作计划 is a plan year");
        assertNull(r.addressee(), "a lead-in sentence ending in ： is not an addressee");
    }

    @Test
    void year_given_only_in_the_text_is_found_and_range_ends_are_ignored() {
        Report r = readFixture("year-in-text.txt");
        assertEquals("洋溪镇法治政府建设情况报告", r.title());
        assertEquals(2021, r.year());
    }

    @Test
    void traditional_characters_are_read_by_the_rules_but_kept_as_written() {
        Report r = readFixture("traditional.txt");
        assertEquals("小龍門鄉2022年法治政府建設情況報告", r.title());
        assertEquals(2022, r.year());
        assertEquals(List.of("measures", "shortcomings", "plans"), categories(r));
        assertTrue(allText(r).contains("法律顧問"));
    }

    @Test
    void half_width_parentheses_mark_level_two() {
        Report r = readFixture("halfwidth-parens.txt");
        assertEquals(List.of("(一)加强组织领导。", "(二)规范行政决策。", "(三)化解矛盾纠纷。", "(一)法治意识有待提升。",
                "(二)执法力量不足。", "(一)加强学法用法。", "(二)深化综合执法改革。"), headings(r, 2));
    }

    @Test
    void heading_numbers_may_repeat() {
        Report r = readFixture("repeated-number.txt");
        assertEquals(List.of("一、主要举措和成效", "二、存在的不足和原因", "二、下一年度主要安排"), headings(r, 1));
        assertEquals(List.of("measures", "shortcomings", "plans"), categories(r));
        assertEquals(3, level(r, 2).size());
    }

    @Test
    void addressee_line_is_metadata_not_body() {
        Report r = readFixture("addressee.txt");
        assertEquals("县委、县政府：", r.addressee());
        assertTrue(r.sections().get(0).text().startsWith("2022年，我镇"));
        assertEquals("龙岗镇人民政府", r.issuer());
        assertEquals("2023-02-01", r.date());
    }

    @Test
    void page_furniture_is_removed_and_cut_sentences_are_joined() {
        Report r = readFixture("page-breaks.txt");
        String text = allText(r);
        assertFalse(text.contains("bookmark"));
        assertFalse(text.contains("— 1 —") || text.contains("- 2 -") || text.contains("第 3 页"));
        assertFalse(text.contains("\f"));
        Section decisions = level(r, 2).get(0);
        assertEquals("（一）完善决策机制。", decisions.heading());
        assertEquals("镇政府严格落实重大行政决策程序，全年经合法性审查的重大决策事项共9项，未发生因决策不当引发的群体性事件。",
                decisions.text());
        assertTrue(level(r, 2).get(1).text().endsWith("全年公示执法信息56条。"));
        assertTrue(headings(r, 3).get(1).contains("组织开展相关主题宣传活动"), "a list item cut by the page is joined");
        assertEquals(3, level(r, 3).size());
    }

    @Test
    void enumerations_inside_paragraphs_are_not_headings() {
        Report r = readFixture("enumerations.txt");
        assertEquals(3, r.sections().size());
        assertTrue(level(r, 1).get(0).text().contains("\n二是规范执法。"));
    }

    @Test
    void one_level_may_mix_arabic_and_chinese_numerals() {
        Report r = readFixture("mixed-numerals.txt");
        assertEquals(List.of("（1） 强化组织领导。", "（2） 强化理论武装。", "（三）充实基层力量。", "（四）扎实开展宣传教育。",
                "（1）法治宣传力度不够。", "（二）基层法治力量薄弱。"), headings(r, 2));
        assertEquals(List.of("一、主要举措和成效", "（三）充实基层力量。"), level(r, 2).get(2).headingPath());
    }

    @Test
    void arabic_numbers_at_the_top_are_level_one_and_under_level_two_are_level_three() {
        Report r = readFixture("arabic-levels.txt");
        assertEquals(List.of("1、主要举措和成效", "2、存在不足和原因", "3、下一年度主要安排"), headings(r, 1));
        assertEquals(List.of("1.落实重大行政决策程序。", "2.加强规范性文件管理。", "1.推行执法公示。", "1、开展执法人员轮训。",
                "2、组织案卷评查。"), headings(r, 3));
        assertEquals(List.of("3、下一年度主要安排", "（1）加强执法培训", "2、组织案卷评查。"),
                level(r, 3).get(4).headingPath());
        assertEquals("plans", level(r, 3).get(4).category());
    }

    @Test
    void thematic_top_heading_before_the_shortcomings_is_a_measure_without_a_warning() {
        Report r = readFixture("unknown-heading.txt");
        assertEquals(List.of("measures", "measures", "shortcomings", "plans"), categories(r));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("heading")), r.warnings().toString());
    }

    @Test
    void closing_slogan_without_full_stop_is_body_not_signature() {
        Report r = ReportParser.parse("r", "inline", Cleaner.clean(
                "甲镇2023年法治政府建设情况报告\n一、主要举措和成效\n全面推进依法行政。\n建设人民满意的服务型政府\n"));
        assertNull(r.issuer());
        assertTrue(level(r, 1).get(0).text().endsWith("建设人民满意的服务型政府"));
    }

    private static String place(Report r) {
        return r.province() + "/" + r.city() + "/" + r.county() + "/" + r.township() + "/" + r.divisionCode();
    }

    @Test
    void township_named_only_in_the_text_after_wo_zhen_is_found() {
        assertEquals("北京市/null/门头沟区/雁翅镇/110109105", place(readFixture("township-in-text.txt")));
    }

    @Test
    void subdistrict_office_wording_places_a_jiedao() {
        assertEquals("广东省/广州市/白云区/石门街道/440111019", place(readFixture("halfwidth-parens.txt")));
    }

    @Test
    void ethnic_township_is_placed_from_its_signature() {
        assertEquals("河北省/石家庄市/藁城区/九门回族乡/130109200", place(readFixture("ethnic-township.txt")));
    }

    @Test
    void traditional_township_name_is_resolved_to_the_official_simplified_name() {
        assertEquals("湖南省/怀化市/辰溪县/小龙门乡/431223205", place(readFixture("traditional.txt")));
    }

    @Test
    void web_page_publisher_settles_a_common_township_name() {
        assertEquals("安徽省/蚌埠市/五河县/城关镇/340322100", place(readFixture("web-copy.txt")));
    }

    @Test
    void a_township_name_shared_by_several_counties_stays_unplaced_with_a_warning() {
        Report r = readFixture("repeated-number.txt");
        assertEquals("null/null/null/黄土镇/null", place(r));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("黄土镇") && w.contains("ambiguous")));
    }

    @Test
    void every_fixture_parses_with_sections_and_a_year_or_a_warning_for_its_absence() {
        for (var file : Fixtures.fixtures()) {
            Report r = Fixtures.read(file);
            assertFalse(r.sections().isEmpty(), file.toString());
            assertTrue(r.year() != null && r.year() >= 2020 || r.year() == null && r.warnings().contains(
                    "the report year is stated neither in the title nor in the text"), file.toString());
        }
    }
}

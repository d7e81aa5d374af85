package fazhi.ingest;

import static fazhi.ingest.Fixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The year is decided by the strongest evidence, and yearSource says which. */
class YearEvidenceTest {
    private static Report parse(String text) {
        return ReportParser.parse("r", "inline", Cleaner.clean(text));
    }

    @Test
    void a_year_mid_sentence_in_the_preamble_decides_when_the_title_has_none() {
        Report r = readFixture("year-lead-in-sentence.txt");

        assertEquals(List.of(2020, "preamble"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void a_year_in_the_first_top_heading_decides_when_nothing_above_states_one() {
        Report r = readFixture("chrome-no-title-year-in-heading.txt");

        assertEquals(List.of(2023, "heading"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void a_year_in_the_page_metadata_name_decides_when_there_is_no_title_line() {
        Report r = readFixture("year-in-page-meta.txt");

        assertEquals(List.of(2020, "pageMeta"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void body_years_of_the_measures_decide_last_the_most_frequent_winning() {
        Report r = readFixture("year-only-in-measures-text.txt");

        assertEquals(List.of(2024, "text"), List.of(r.year(), r.yearSource()), "较2023年 is a comparison");
    }

    @Test
    void a_cited_documents_range_a_plan_year_and_the_signing_date_never_decide() {
        Report r = readFixture("year-not-from-range-or-plan.txt");

        assertEquals(List.of(2023, "heading"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void no_stated_year_leaves_the_year_null_with_a_warning() {
        Report r = readFixture("no-year-stated.txt");

        assertNull(r.year());
        assertNull(r.yearSource());
        assertTrue(r.warnings().contains("the report year is stated neither in the title nor in the text"));
    }

    @Test
    void a_full_date_in_the_preamble_is_no_evidence_of_the_year() {
        Report r = parse("我镇于2024年1月5日召开会议研究法治政府建设工作。\n一、主要举措和成效\n2023年度办理案件9件。\n");

        assertEquals(List.of(2023, "text"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void a_year_after_the_signing_year_is_a_plan_and_never_the_report_year() {
        Report r = parse("甲镇法治政府建设工作报告\n我镇力争2025年实现法律顾问全覆盖。\n一、主要举措和成效\n"
                + "2023年度办理案件9件。\n甲镇人民政府\n2024年1月5日\n");

        assertEquals(List.of(2023, "text"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void a_named_plan_in_the_preamble_is_passed_over_for_the_year_before_it() {
        Report r = parse("现将2023年工作计划和2022年工作情况报告如下：\n一、主要举措和成效\n加强学习。\n");

        assertEquals(List.of(2022, "preamble"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void short_menu_lines_before_the_opening_sentences_do_not_hide_their_year() {
        Report r = parse("首页\n政务公开\n政务服务\n互动交流\n走进甲镇\n我镇坚持依法行政，全面推进法治建设。\n"
                + "现将2022年度工作情况报告如下：\n一、主要举措和成效\n加强学习。\n");

        assertEquals(List.of(2022, "preamble"), List.of(r.year(), r.yearSource()));
    }

    @Test
    void a_target_year_in_the_preamble_is_no_evidence() {
        Report r = readFixture("column-name-above-the-real-title.txt");
        Report untitled = parse("为到2035年基本建成法治政府奠定基础，我镇全面推进依法行政。\n一、主要举措和成效\n"
                + "2023年度办理案件9件。\n");

        assertEquals(2023, r.year());
        assertEquals(List.of(2023, "text"), List.of(untitled.year(), untitled.yearSource()));
    }

    @Test
    void a_plan_carried_out_in_the_report_year_is_a_measure() {
        assertEquals("measures", Fixtures.level(readFixture("column-name-above-the-real-title.txt"), 1).get(0)
                .category());
    }
}

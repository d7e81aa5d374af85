package fazhi.ingest;

import static fazhi.ingest.Fixtures.level;
import static fazhi.ingest.Fixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The category of each top-level part: named parts by the phrase table, the others by where they stand. */
class TopPartsTest {
    private static List<String> categories(Report r) {
        return level(r, 1).stream().map(Section::category).toList();
    }

    private static List<String> headingWarnings(Report r) {
        return r.warnings().stream().filter(w -> w.contains("heading")).toList();
    }

    @Test
    void thematic_parts_before_the_shortcomings_are_measures_without_a_warning() {
        Report r = readFixture("thematic-top-headings-are-measures.txt");

        assertEquals(List.of("measures", "measures", "measures", "shortcomings", "plans"), categories(r));
        assertEquals(List.of(), headingWarnings(r));
    }

    @Test
    void a_report_of_thematic_parts_only_is_all_measures() {
        assertEquals(List.of("measures", "measures", "measures"), categories(readFixture("thematic-headings-only.txt")));
    }

    @Test
    void review_and_completion_parts_are_measures_and_a_cause_analysis_continues_the_shortcomings() {
        Report r = readFixture("statutory-parts-named-otherwise.txt");

        assertEquals(List.of("measures", "measures", "shortcomings", "shortcomings", "plans"), categories(r));
    }

    @Test
    void a_part_after_the_other_matters_is_other_with_a_warning() {
        Report r = readFixture("completion-and-practice-headings.txt");

        assertEquals(List.of("measures", "measures", "leadership", "shortcomings", "plans", "other", "other"),
                categories(r));
        assertEquals(1, headingWarnings(r).size());
        assertTrue(headingWarnings(r).get(0).contains("七、附件说明"));
    }

    @Test
    void an_unnamed_part_right_after_the_shortcomings_is_counted_with_them_and_said_to_be_unclear() {
        List<String> warnings = new ArrayList<>();
        TopParts parts = new TopParts(warnings);

        parts.next("一、强化党建引领", 2);
        parts.next("二、存在的问题", 4);

        assertEquals(Category.SHORTCOMINGS, parts.next("三、深层次分析", 6));
        assertEquals(1, warnings.size());
    }

    @Test
    void thematic_wording_that_mentions_a_gap_is_not_a_shortcomings_part() {
        List<String> warnings = new ArrayList<>();
        TopParts parts = new TopParts(warnings);

        assertEquals(Category.MEASURES, parts.next("一、补齐短板弱项，提升执法水平", 2));
        assertEquals(List.of(), warnings);
    }

    @Test
    void difficulties_and_priorities_of_next_year_are_shortcomings_and_plans() {
        assertEquals(List.of("measures", "shortcomings", "plans"),
                categories(readFixture("site-banner-is-not-the-issuer.txt")));
    }

    @Test
    void plans_that_answer_the_shortcomings_are_plans() {
        assertEquals(Category.PLANS, Categories.of("三、针对存在的问题，下一步工作打算"));
    }
}

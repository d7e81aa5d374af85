package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingLevelsTest {
    private static List<Integer> levels(String... headings) {
        HeadingLevels levels = new HeadingLevels();
        List<Integer> out = new ArrayList<>();
        for (String h : headings) {
            out.add(levels.next(HeadingMarker.at(h)));
        }
        return out;
    }

    @Test
    void chinese_parts_parentheses_and_arabic_items_are_levels_one_two_three() {
        assertEquals(List.of(1, 2, 3, 3, 2, 1), levels("一、甲", "（一）乙", "1.丙", "2．丁", "(二)戊", "二、己"));
    }

    @Test
    void arabic_dun_continuing_the_chinese_count_is_level_one() {
        assertEquals(List.of(1, 1, 2, 1), levels("三、甲", "四、乙", "（五）丙", "5、 丁"));
    }

    @Test
    void arabic_dun_under_a_heading_starting_at_one_is_level_three() {
        assertEquals(List.of(1, 3, 3, 1, 3), levels("一、甲", "1、乙", "2、丙", "二、丁", "1、戊"));
    }

    @Test
    void a_skipped_item_number_stays_an_item() {
        assertEquals(List.of(1, 2, 3), levels("一、甲", "（一）乙", "2.丙"));
    }

    @Test
    void arabic_dun_report_keeps_level_one_after_items() {
        assertEquals(List.of(1, 2, 3, 3, 1, 2, 3, 1),
                levels("1、甲", "（1）乙", "1.丙", "2.丁", "2、戊", "（1）己", "1、庚", "3、壬"));
    }

    @Test
    void decimals_enumerations_and_ranges_are_not_markers() {
        assertNull(HeadingMarker.at("12.4 国家宪法日"));
        assertNull(HeadingMarker.at("1.5万人次参加"));
        assertNull(HeadingMarker.at("一是加强学习"));
        assertNull(HeadingMarker.at("2022、2023年"));
        assertNull(HeadingMarker.at("（2021-2025年）"));
    }

    @Test
    void reads_full_width_and_chinese_numbers() {
        assertEquals(12, HeadingMarker.at("（十二）甲").number());
        assertEquals(3, HeadingMarker.at("３．甲").number());
        assertEquals(2, HeadingMarker.at("第二部分 甲").number());
    }
}

package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static List<String> texts(String raw) {
        return Cleaner.clean(raw).stream().map(Line::text).toList();
    }

    @Test
    void drops_page_numbers_in_their_usual_shapes() {
        assertEquals(List.of("正文。"), texts("— 1 —\n- 2 -\n－3－\n第 4 页 共 9 页\n第5页\n正文。\n"));
    }

    @Test
    void keeps_a_bare_number_because_it_may_be_a_table_cell() {
        assertEquals(List.of("299", "2023"), texts("299\n2023\n"));
    }

    @Test
    void removes_bookmarks_and_invisible_characters_inside_lines() {
        assertEquals(List.of("1、 本年度"), texts("1、 [bookmark: _GoBack]本年度\u200B"));
    }

    @Test
    void form_feeds_end_lines_and_numbers_stay_those_of_the_raw_file() {
        List<Line> lines = Cleaner.clean("甲\r\n\r\n乙\f丙\r丁");
        assertEquals(List.of(new Line(1, "甲"), new Line(3, "乙"), new Line(3, "丙"), new Line(4, "丁")), lines);
    }

    @Test
    void trims_ideographic_spaces_but_keeps_inner_spaces() {
        assertEquals(List.of("二、推进 法治"), texts("\u3000\u3000二、推进 法治\u3000 "));
    }

    @Test
    void keeps_web_page_chrome_for_the_parser_to_judge_by_where_it_stands() {
        assertEquals(List.of("当前位置：首页", "【打印本页】【关闭窗口】", "标题"),
                texts("当前位置：首页\n【打印本页】【关闭窗口】\n标题"));
    }
}

package fazhi.ingest;

import static fazhi.ingest.Fixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports saved from web pages: chrome around them is dropped by where it stands, never by a word in the body. */
class WebPageShapesTest {
    private static String allText(Report r) {
        return String.join("\n", r.sections().stream().map(s -> s.heading() + "\n" + s.text()).toList());
    }

    @Test
    void body_lines_shaped_like_chrome_survive_in_the_body() {
        String text = allText(readFixture("body-lines-shaped-like-chrome-survive.txt"));

        assertTrue(text.contains("位置：镇便民服务中心北侧50米，面积200平方米。"), text);
        assertTrue(text.contains("当前位置：镇社会治理中心三楼"), text);
        assertTrue(text.contains("首页>村务公开栏同步公示"), text);
        assertTrue(text.contains("搜索 打印 关闭"), "a widget-word line inside the body is text: " + text);
    }

    @Test
    void chrome_above_the_title_is_dropped_and_the_title_found_below_it() {
        Report r = readFixture("title-below-search-and-font-widgets.txt");

        assertEquals("慈城镇2022年度法治政府建设工作报告", r.title());
        assertFalse(allText(r).contains("搜索") || allText(r).contains("字体"), allText(r));
        assertEquals("2023-01-28 09:30", r.pageMeta().get("发布时间"));
    }

    @Test
    void chrome_below_the_signature_is_dropped_and_the_signature_still_read() {
        Report r = readFixture("bottom-chrome-after-signature.txt");

        assertEquals("虎门镇人民政府", r.issuer());
        assertEquals("2023-01-18", r.date());
        assertEquals("特此报告。", r.closing());
        assertFalse(allText(r).contains("打印") || allText(r).contains("版权所有"), allText(r));
    }

    @Test
    void a_page_title_echo_is_kept_as_page_metadata_and_the_title_line_preferred() {
        Report r = readFixture("page-title-echo-above-title.txt");

        assertEquals("阳澄湖镇2022年法治政府建设年度报告", r.title());
        assertEquals("阳澄湖镇2022年法治政府建设年度报告_相城区人民政府", r.pageMeta().get(PageTitles.KEY));
        assertEquals("title", r.yearSource());
    }

    @Test
    void a_page_title_echo_alone_gives_the_title_without_its_site_name() {
        Report r = readFixture("page-title-echo-only.txt");

        assertEquals("大沥镇法治政府建设2021年度报告", r.title());
        assertEquals("pageMeta", r.yearSource());
    }

    @Test
    void a_row_of_bracketed_metadata_labels_is_metadata_never_the_title() {
        Report r = readFixture("metadata-row-is-not-a-title.txt");

        assertEquals("横泾街道2022年法治政府建设情况报告", r.title());
        assertEquals(List.of("索引号", "发文字号", "主题分类", "体裁分类"), List.copyOf(r.pageMeta().keySet()));
        assertEquals("横政发〔2023〕3号", r.pageMeta().get("发文字号"));
    }

    @Test
    void a_bulleted_metadata_block_may_put_each_value_on_the_next_line() {
        Report r = readFixture("bulleted-metadata-values-on-next-line.txt");

        assertEquals("丹灶镇人民政府", r.pageMeta().get("发布机构"));
        assertEquals("2024-01-22", r.date(), "成文日期 on the line below its label");
        assertEquals("丹灶镇2023年法治政府建设年度报告", r.title());
    }

    @Test
    void a_title_only_in_the_metadata_name_field_is_the_title() {
        Report r = readFixture("title-only-in-metadata.txt");

        assertEquals("芦苞镇2022年法治政府建设年度报告", r.title());
        assertFalse(r.warnings().contains("no title line found"));
        assertTrue(r.sections().get(0).text().startsWith("我镇在区委"));
    }

    @Test
    void a_yearless_title_split_after_the_government_name_is_joined() {
        Report r = readFixture("yearless-title-split-over-two-lines.txt");

        assertEquals("汤泉乡人民政府关于法治政府建设工作的报告", r.title());
        assertEquals("县委、县政府：", r.addressee());
        assertEquals(2022, r.year());
    }

    @Test
    void a_closing_formula_ending_the_last_paragraph_is_cut_off_it() {
        Report r = readFixture("closing-ends-the-last-paragraph.txt");

        assertEquals("特此报告。", r.closing());
        Section last = r.sections().get(r.sections().size() - 1);
        assertEquals("充实执法力量，持续提升依法行政水平。", last.text());
    }

    @Test
    void a_closing_asking_for_review_is_the_closing_not_plans_text() {
        Report r = readFixture("closing-asks-for-review.txt");

        assertEquals("以上报告，请审阅。", r.closing());
        assertFalse(allText(r).contains("请审阅"));
    }

    @Test
    void a_report_without_a_closing_formula_has_none() {
        assertNull(readFixture("addressee.txt").closing());
    }

    @Test
    void a_closing_formula_in_the_middle_of_the_text_stays_text() {
        Report r = ReportParser.parse("r", "inline", Cleaner.clean(
                "甲镇2023年法治政府建设情况报告\n一、主要举措和成效\n特此报告。\n二、存在的不足\n人员不足。\n"));

        assertNull(r.closing());
        assertEquals("特此报告。", r.sections().get(0).text());
    }

    @Test
    void a_site_column_name_above_the_title_is_not_taken_for_it() {
        Report r = readFixture("column-name-above-the-real-title.txt");

        assertEquals("新塍镇2023年法治政府建设年度报告", r.title());
        assertEquals(List.of("时间", "来源", "阅读次数"), List.copyOf(r.pageMeta().keySet()));
    }

    @Test
    void menu_lines_above_the_title_are_kept_as_text_and_never_joined_into_it() {
        Report r = readFixture("nav-menu-lines-above-the-title.txt");

        assertEquals("王江泾镇人民政府关于2021年度法治政府建设情况的报告", r.title());
        assertTrue(r.sections().get(0).text().startsWith("政务公开\n政务服务\n互动交流\n走进王江泾\n2021年"),
                r.sections().get(0).text());
    }

    @Test
    void widget_rows_and_a_site_footer_end_a_page_without_a_signature() {
        Report r = readFixture("trailing-widgets-without-signature.txt");

        assertTrue(r.sections().get(r.sections().size() - 1).text().endsWith("加强社区法治力量建设。"),
                allText(r));
    }

    @Test
    void a_site_banner_above_the_metadata_is_text_and_the_publisher_is_the_issuer() {
        Report r = readFixture("site-banner-is-not-the-issuer.txt");

        assertEquals("瓶窑镇", r.issuer());
        assertTrue(r.sections().get(0).text().startsWith("余杭区人民政府\n政府信息公开\n"), r.sections().get(0).text());
        assertEquals("2023-01-15", r.pageMeta().get("生成日期"));
    }

    @Test
    void an_organisation_and_date_below_a_title_split_after_guanyu_are_issuer_and_date() {
        Report r = readFixture("issuer-and-date-below-the-title.txt");

        assertEquals("径山镇人民政府关于2022年度法治政府建设情况的报告", r.title());
        assertEquals("径山镇人民政府", r.issuer());
        assertEquals("2023-01-12", r.date());
    }
}

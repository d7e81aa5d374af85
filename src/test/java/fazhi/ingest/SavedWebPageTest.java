package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A government page saved from the browser reads as its report: metadata to pageMeta, no page chrome in the text. */
class SavedWebPageTest {
    @TempDir
    Path dir;

    @Test
    void the_metadata_table_goes_to_page_meta_and_the_title_and_year_are_read() throws Exception {
        Report r = FormatFixtures.read(dir, "page.html", FormatFixtures.html(StandardCharsets.UTF_8));

        assertEquals(FormatFixtures.TITLE, r.title());
        assertEquals(2023, r.year());
        assertEquals("014152370/2024-00012", r.pageMeta().get("索引号"));
        assertEquals("横泾街道办事处", r.pageMeta().get("发布机构"));
        assertEquals("2024-01-15", r.pageMeta().get("发文日期"));
        assertEquals("2024-01-16", r.pageMeta().get("发布日期"), "the date line under the title is metadata too");
    }

    @Test
    void no_navigation_widget_script_or_footer_text_reaches_a_section() throws Exception {
        Report r = FormatFixtures.read(dir, "page.html", FormatFixtures.html(StandardCharsets.UTF_8));

        String all = (r.title() + "\n" + FormatFixtures.sectionText(r));
        for (String chrome : FormatFixtures.NAVIGATION) {
            assertFalse(all.contains(chrome), chrome + " in\n" + all);
        }
        assertFalse(all.contains("<") || all.contains(">"), "no markup: " + all);
        assertFalse(r.pageMeta().toString().contains("首页"), r.pageMeta().toString());
    }

    @Test
    void a_gbk_page_labelled_gb2312_reads_like_the_utf8_page() throws Exception {
        Report utf8 = FormatFixtures.read(dir, "utf8.html", FormatFixtures.html(StandardCharsets.UTF_8));
        Report gbk = FormatFixtures.read(dir, "gbk.htm", FormatFixtures.html(Charset.forName("GBK")));

        assertEquals((utf8.title() + "\n" + FormatFixtures.sectionText(utf8)), (gbk.title() + "\n" + FormatFixtures.sectionText(gbk)));
        assertEquals(utf8.pageMeta(), gbk.pageMeta());
    }

    @Test
    void metadata_in_a_list_or_in_brackets_reaches_page_meta_with_its_labels() throws Exception {
        for (byte[] page : new byte[][] {FormatFixtures.htmlWithListMetadata(),
                FormatFixtures.htmlWithBracketMetadata()}) {
            Report r = FormatFixtures.read(dir, "page.html", page);

            assertEquals("014152370/2024-00012", r.pageMeta().get("索引号"), r.pageMeta().toString());
            assertEquals("横政发〔2024〕2号", r.pageMeta().get("发文字号"), r.pageMeta().toString());
            assertEquals("横泾街道办事处", r.pageMeta().get("发布机构"), r.pageMeta().toString());
            assertEquals("2024-01-15", r.pageMeta().get("成文日期"), r.pageMeta().toString());
            assertEquals(FormatFixtures.TITLE, r.title());
        }
    }

    @Test
    void headings_in_strong_h3_and_bold_before_a_break_stay_headings() throws Exception {
        Report r = FormatFixtures.read(dir, "page.html", FormatFixtures.html(StandardCharsets.UTF_8));

        for (String heading : FormatFixtures.HEADINGS) {
            assertTrue(r.sections().stream().anyMatch(s -> s.heading().equals(heading)), heading);
        }
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fazhi.ingest.FormatFixtures;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import fazhi.testing.TempDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A saved government web page, indexed: the page's markup, navigation and footer are not searchable, and the
 * report's words are found once per section that holds them.
 */
class PublishedFormatsSearchTest {
    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(PublishedFormatsSearchTest::reports);

    static List<Report> reports() throws Exception {
        Path dir = Files.createTempDirectory("fazhi-formats");
        try {
            List<Report> reports = new ArrayList<>();
            Files.write(dir.resolve("page.html"), FormatFixtures.html(StandardCharsets.UTF_8));
            reports.add(ReportReader.read(dir.resolve("page.html")));
            return reports;
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void markup_and_page_chrome_are_not_found() throws Exception {
        for (String query : List.of("<p>", "\"<p>\"", "div", "走进吴中", "版权所有", "语音播报", "分享到")) {
            assertEquals(0, Searches.all(INDEX.service(), query, Mode.EXACT).size(), query);
        }
    }

    @Test
    void a_report_word_is_found_once_per_section_that_holds_it() throws Exception {
        long sectionsWithIt = INDEX.reports().stream().flatMap(r -> r.sections().stream())
                .filter(s -> (s.heading() + s.text()).contains("法律顾问")).count();

        assertEquals(2, sectionsWithIt, "the legal-adviser item and the plans name 法律顾问");
        assertEquals(sectionsWithIt, Searches.all(INDEX.service(), "法律顾问", Mode.EXACT).size());
    }
}

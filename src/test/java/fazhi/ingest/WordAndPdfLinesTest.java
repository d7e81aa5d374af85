package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word paragraphs become lines; a PDF's running header and page numbers go, its wrapped lines are joined. */
class WordAndPdfLinesTest {
    @TempDir
    Path dir;

    @Test
    void a_word_files_running_header_and_footer_are_not_text() throws Exception {
        Report r = FormatFixtures.read(dir, "report.docx", FormatFixtures.docx());

        assertFalse(FormatFixtures.sectionText(r).contains(FormatFixtures.ISSUER + "文件"), "the running header: " + FormatFixtures.sectionText(r));
        assertFalse(FormatFixtures.sectionText(r).contains("- 1 -"), "the running footer: " + FormatFixtures.sectionText(r));
    }

    @Test
    void an_old_word_files_running_header_and_footer_are_not_text() throws Exception {
        Report r = FormatFixtures.read(dir, "report.doc", FormatFixtures.doc());

        String all = FormatFixtures.sectionText(r);
        assertFalse(all.contains(FormatFixtures.ISSUER + "文件"), "the running header: " + all);
        assertFalse(all.contains("- 1 -"), "the running footer: " + all);
    }

    @Test
    void a_pdfs_running_header_and_page_numbers_are_not_text() throws Exception {
        Report r = FormatFixtures.read(dir, "report.pdf", FormatFixtures.pdf(24, 12));

        String all = FormatFixtures.sectionText(r);
        assertFalse(all.contains(FormatFixtures.ISSUER + "文件"), "the running header: " + all);
        assertFalse(all.matches("(?s).*-\\s*\\d+\\s*-.*"), "a page number: " + all);
    }

    @Test
    void a_paragraph_the_pdf_layout_wrapped_is_one_paragraph_again() throws Exception {
        Report r = FormatFixtures.read(dir, "report.pdf", FormatFixtures.pdf(24, 12));

        String paragraph = FormatFixtures.BODY.get(7); // 执法数字化水平不高，… wrapped over three lines
        assertTrue(r.sections().stream().anyMatch(s -> s.text().equals(paragraph)), FormatFixtures.sectionText(r));
        assertEquals(FormatFixtures.TITLE, r.title());
    }
}

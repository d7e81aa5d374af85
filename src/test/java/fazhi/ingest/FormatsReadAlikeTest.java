package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.extract.DocumentType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same report body published as text, web page (UTF-8 and GBK, three metadata shapes), Word (.docx, .doc) and PDF reads to
 * the same title, year, place, headings and categories. Every copy is saved as "report.txt": the type comes from
 * the content, never the name.
 */
class FormatsReadAlikeTest {
    @TempDir
    Path dir;

    static Stream<Arguments> copies() {
        return Stream.of(
                copy("web page, UTF-8", DocumentType.HTML, () -> FormatFixtures.html(StandardCharsets.UTF_8)),
                copy("web page, GBK", DocumentType.HTML, () -> FormatFixtures.html(Charset.forName("GBK"))),
                copy("web page, metadata list", DocumentType.HTML, FormatFixtures::htmlWithListMetadata),
                copy("web page, bracketed metadata", DocumentType.HTML, FormatFixtures::htmlWithBracketMetadata),
                copy("Word .docx", DocumentType.DOCX, FormatFixtures::docx),
                copy("Word 97 .doc", DocumentType.DOC, FormatFixtures::doc),
                copy("PDF, one page of long lines", DocumentType.PDF, () -> FormatFixtures.pdf(60, 60)),
                copy("PDF, narrow lines over five pages", DocumentType.PDF, () -> FormatFixtures.pdf(24, 12)));
    }

    private static Arguments copy(String name, DocumentType type, Supplier<byte[]> bytes) {
        return Arguments.of(name, type, bytes);
    }

    private Report read(byte[] bytes) throws Exception {
        Path file = dir.resolve("report.txt");
        Files.write(file, bytes);
        return ReportReader.read(file);
    }

    @Test
    void the_text_copy_is_read_as_text_and_knows_its_title_year_and_place() throws Exception {
        assertEquals(DocumentType.TEXT, DocumentType.detect(FormatFixtures.txt()));
        Report text = read(FormatFixtures.txt());

        assertEquals(FormatFixtures.TITLE, text.title());
        assertEquals(2023, text.year());
        assertNotNull(text.township(), text.warnings().toString());
        assertEquals(FormatFixtures.HEADINGS, headings(text).stream().filter(h -> h.contains("、")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void every_copy_reads_like_the_text(String name, DocumentType type, Supplier<byte[]> bytes) throws Exception {
        byte[] copy = bytes.get();
        assertEquals(type, DocumentType.detect(copy), name);
        Report expected = read(FormatFixtures.txt());
        Report actual = read(copy);

        assertEquals(expected.title(), actual.title(), name);
        assertEquals(expected.year(), actual.year(), name);
        assertEquals(expected.township(), actual.township(), name);
        assertEquals(expected.divisionCode(), actual.divisionCode(), name);
        assertEquals(expected.issuer(), actual.issuer(), name);
        assertEquals(headings(expected), headings(actual), name);
        assertEquals(categories(expected), categories(actual), name);
    }

    private static List<String> headings(Report r) {
        return r.sections().stream().map(Section::heading).toList();
    }

    @Test
    void the_pdf_copies_embed_their_chinese_font() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(FormatFixtures.pdf(24, 12))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    private static List<String> categories(Report r) {
        return r.sections().stream().map(Section::category).toList();
    }
}

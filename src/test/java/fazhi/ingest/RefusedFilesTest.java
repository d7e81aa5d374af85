package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that hold no readable report are refused with the reason, in words. */
class RefusedFilesTest {
    @TempDir
    Path dir;

    private String refusal(byte[] bytes) throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.write(file, bytes);
        return assertThrows(ReportReadException.class, () -> ReportReader.read(file)).getMessage();
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_is_refused_as_such() throws Exception {
        String reason = refusal(FormatFixtures.pdfWithoutText());
        assertTrue(reason.contains("without a text layer") && reason.contains("OCR"), reason);
    }

    @Test
    void an_encrypted_pdf_is_refused_as_encrypted() throws Exception {
        String reason = refusal(FormatFixtures.encryptedPdf());
        assertTrue(reason.contains("encrypted"), reason);
    }

    @Test
    void a_truncated_pdf_and_a_truncated_word_file_are_refused_as_damaged() throws Exception {
        byte[] pdf = FormatFixtures.pdf(30, 40);
        String pdfReason = refusal(Arrays.copyOf(pdf, pdf.length / 3));
        assertTrue(pdfReason.contains("PDF") && pdfReason.contains("damaged"), pdfReason);

        byte[] docx = FormatFixtures.docx();
        String docxReason = refusal(Arrays.copyOf(docx, docx.length / 2));
        assertTrue(docxReason.contains("damaged") || docxReason.contains("not a report format"), docxReason);
    }

    @Test
    void an_image_is_refused_naming_what_it_is() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0};
        String reason = refusal(png);
        assertTrue(reason.contains("image/png"), reason);
    }
}

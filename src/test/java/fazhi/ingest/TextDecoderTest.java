package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encodings and line ends of real files: each variant of a fixture must read to the same report. */
class TextDecoderTest {
    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("UTF-8 with BOM", "UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\n"),
                Arguments.of("UTF-16LE with BOM", "UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\n"),
                Arguments.of("UTF-16BE with BOM", "UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}, "\n"),
                Arguments.of("GB18030", "GB18030", new byte[0], "\r\n"),
                Arguments.of("GBK", "GBK", new byte[0], "\n"),
                Arguments.of("UTF-8 with CR line ends", "UTF-8", new byte[0], "\r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void reads_the_same_report_in_any_supported_encoding(String name, String charset, byte[] bom, String eol)
            throws Exception {
        Report original = Fixtures.readFixture("addressee.txt");
        String text = Files.readString(Fixtures.fixture("addressee.txt")).replace("\n", eol);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(Charset.forName(charset)));
        Path file = dir.resolve("variant.txt");
        Files.write(file, bytes.toByteArray());

        Report variant = ReportReader.read(file);
        assertEquals(original.title(), variant.title());
        assertEquals(original.addressee(), variant.addressee());
        assertEquals(original.sections().stream().map(s -> s.heading() + s.text()).toList(),
                variant.sections().stream().map(s -> s.heading() + s.text()).toList());
    }

    @Test
    void gbk_is_detected_without_a_bom() throws Exception {
        var decoded = TextDecoder.decode("法治政府建设年度报告".getBytes("GBK"));
        assertEquals("法治政府建设年度报告", decoded.text());
        assertEquals("GB18030", decoded.encoding());
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(ReportReadException.class, () -> TextDecoder.decode(bytes)).getMessage();
    }

    @Test
    void refuses_files_that_are_not_text_with_a_reason() {
        assertEquals("empty file", refusal(new byte[0]));
        assertTrue(refusal("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)).contains("PDF"));
        assertTrue(refusal(new byte[] {'P', 'K', 3, 4, 20, 0}).contains("ZIP"));
        assertTrue(refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}).contains("Word"));
        assertTrue(refusal(new byte[] {'a', 'b', 0, 'c'}).contains("NUL bytes"));
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertTrue(refusal(controls).contains("control characters"));
        assertTrue(refusal(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8}).contains("not valid UTF-16LE"));
    }

    @Test
    void refuses_bytes_that_are_neither_utf8_nor_gb18030() {
        // 0x80 alone is invalid in UTF-8 and GB18030 alike.
        assertTrue(refusal(new byte[] {'a', (byte) 0x80, 'b'}).contains("not readable"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "Big5, 鎮人民政府堅持依法行政，聘請法律顧問二名，開展普法宣傳活動三十場，調解矛盾糾紛六十六件。, Big5",
            "Shift_JIS, 町役場は法令を遵守し、住民相談を実施しました。法律顧問の意見を聞きました。, Shift-JIS"})
    void a_legacy_encoding_is_refused_with_its_name_instead_of_read_as_mojibake(String charset, String text,
                                                                               String named) {
        byte[] bytes = (text + "\n").repeat(5).getBytes(Charset.forName(charset));
        ReportReadException e = assertThrows(ReportReadException.class, () -> TextDecoder.decode(bytes));
        assertTrue(e.getMessage().contains(named) && e.getMessage().contains("convert it"), e.getMessage());
    }

    @Test
    void every_seed_in_gb18030_is_still_read_as_gb18030() throws Exception {
        for (Path seed : ReportFiles.expand(java.util.List.of(Path.of("seeds")))) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("GB18030")));
            assertEquals("GB18030", d.encoding(), seed.toString());
            assertEquals(text.replace("\uFEFF", ""), d.text().replace("\uFEFF", ""));
        }
    }
}

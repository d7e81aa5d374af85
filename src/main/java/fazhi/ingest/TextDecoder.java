package fazhi.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a report file's bytes into text. Chinese government files arrive as UTF-8 (with or without BOM), UTF-16
 * (with BOM, from Word's "Unicode text") or GB18030/GBK (older Windows tools); anything else is refused with a reason
 * instead of being decoded into mojibake.
 */
public final class TextDecoder {
    /** Reports are tens of kilobytes; anything this large is not a report and would only exhaust memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    /** Known binary formats people mistake for text, by their first bytes. */
    private static final String[][] SIGNATURES = {
            {"%PDF", "a PDF document"},
            {"PK\u0003\u0004", "a ZIP container (a .docx, .xlsx or .zip file)"},
            {"\u00D0\u00CF\u0011\u00E0", "an old Word/Excel document (.doc/.xls)"},
            {"{\\rtf", "an RTF document"},
            {"\u0089PNG", "a PNG image"},
            {"\u00FF\u00D8\u00FF", "a JPEG image"},
            {"GIF8", "a GIF image"},
    };

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws ReportReadException {
        if (bytes.length == 0) {
            throw new ReportReadException("empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReportReadException("file too large for a report (" + bytes.length / (1024 * 1024)
                    + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        Decoded decoded = decodeByBom(bytes);
        if (decoded == null) {
            refuseKnownBinary(bytes);
            decoded = decodeWithoutBom(bytes);
        }
        refuseControlCharacters(decoded.text());
        return decoded;
    }

    private static Decoded decodeByBom(byte[] b) throws ReportReadException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (with BOM)"), "UTF-8 BOM");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE BOM");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE BOM");
        }
        return null;
    }

    private static Decoded decodeWithoutBom(byte[] b) throws ReportReadException {
        int nul = indexOf(b, (byte) 0);
        if (nul >= 0) {
            throw new ReportReadException("not a text file: it contains NUL bytes (first at byte " + nul
                    + "); UTF-16 text needs a byte-order mark");
        }
        try {
            return new Decoded(decodeStrictly(b, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decodeStrictly(b, 0, GB18030);
                String legacy = LegacyEncodings.detect(b);
                if (legacy != null) {
                    throw new ReportReadException("the file is in " + legacy + ", which is not read (it would come"
                            + " out as mojibake); convert it to UTF-8 or GB18030 first");
                }
                return new Decoded(text, "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new ReportReadException("not readable as UTF-8, UTF-16 or GB18030/GBK text");
            }
        }
    }

    private static void refuseKnownBinary(byte[] b) throws ReportReadException {
        for (String[] signature : SIGNATURES) {
            byte[] magic = signature[0].getBytes(StandardCharsets.ISO_8859_1);
            if (b.length >= magic.length && java.util.Arrays.equals(b, 0, magic.length, magic, 0, magic.length)) {
                throw new ReportReadException("not a text file: it is " + signature[1]
                        + "; convert it to plain text first");
            }
        }
    }

    /** Text has line ends and tabs, not other C0 controls; a sprinkling of form feeds comes from page breaks. */
    private static void refuseControlCharacters(String text) throws ReportReadException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100 > text.length()) {
            throw new ReportReadException("not a text file: " + controls + " control characters in "
                    + text.length() + " characters");
        }
    }

    private static String strict(byte[] b, int offset, Charset charset, String name) throws ReportReadException {
        try {
            return decodeStrictly(b, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ReportReadException("starts with a " + name + " byte-order mark but is not valid " + name);
        }
    }

    private static String decodeStrictly(byte[] b, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte value) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}

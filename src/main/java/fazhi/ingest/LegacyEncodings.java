package fazhi.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Recognises Big5 (traditional Chinese, Taiwan and Hong Kong) and Shift-JIS (Japanese) files, which GB18030 also
 * decodes — into mojibake — because it accepts nearly every pair of bytes. Real GB text keeps its two-byte
 * characters in the GB2312 area (the common hanzi and full-width punctuation); text in those encodings strays from
 * it often. A file that strays like that and decodes cleanly as Big5 or Shift-JIS is named as such, so it can be
 * refused with the reason instead of being indexed as nonsense.
 */
final class LegacyEncodings {
    /** Below this share of two-byte characters in the GB2312 area, text is not likely GB. */
    private static final double GB2312_SHARE = 0.9;
    /** Too few two-byte characters say nothing either way. */
    private static final int MIN_PAIRS = 8;
    private static final String[][] CANDIDATES = {
            {"Big5", "Big5 (traditional Chinese)"},
            {"Shift_JIS", "Shift-JIS (Japanese)"},
    };

    private LegacyEncodings() {
    }

    /** The legacy encoding these bytes are in, described for a message, or null when they read as GB text. */
    static String detect(byte[] b) {
        if (gb2312Share(b) >= GB2312_SHARE) {
            return null;
        }
        for (String[] candidate : CANDIDATES) {
            if (decodes(b, Charset.forName(candidate[0]))) {
                return candidate[1];
            }
        }
        return null;
    }

    /** The share of GB18030's two-byte characters whose bytes both lie in 0xA1–0xFE (the GB2312 area); 1 when there
     *  are too few to judge. */
    private static double gb2312Share(byte[] b) {
        int pairs = 0;
        int inArea = 0;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            if (lead < 0x81 || lead == 0xFF || i + 1 >= b.length) {
                i++;
                continue;
            }
            int trail = b[i + 1] & 0xFF;
            if (trail >= 0x30 && trail <= 0x39) { // a four-byte GB18030 sequence: rare in GB text
                pairs++;
                i += 4;
                continue;
            }
            pairs++;
            if (lead >= 0xA1 && trail >= 0xA1 && trail <= 0xFE) {
                inArea++;
            }
            i += 2;
        }
        return pairs < MIN_PAIRS ? 1 : (double) inArea / pairs;
    }

    private static boolean decodes(byte[] b, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

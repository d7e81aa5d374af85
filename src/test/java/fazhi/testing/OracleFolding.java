package fazhi.testing;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * The exactness tests' own idea of "the same text", written apart from the production folding ({@code fazhi.text})
 * and deliberately simple: ICU's Traditional-Simplified transliteration of the whole string, then NFKC with case
 * folding of the whole string, then every white-space or separator character deleted. It imports nothing of the
 * project, so a bug in the production folding shows up as a difference instead of being repeated here.
 *
 * <p>Known and accepted difference (measured over every assigned code point up to U+2FFFF: 277 of them): a
 * compatibility form that NFKC turns into a traditional character (the compatibility ideograph 車 U+F902, the
 * Kangxi radical ⾞, the circled ㊜) stays traditional here, because this path simplifies before it normalises;
 * the production folding normalises first and gets 车. Production is right (a reader sees 車); none of these
 * characters occurs in the seeds or fixtures, so the comparison is unaffected, and FoldingTest pins production's
 * behaviour on them.
 */
public final class OracleFolding {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private OracleFolding() {
    }

    public static String fold(String text) {
        String simplified;
        synchronized (TO_SIMPLIFIED) {
            simplified = TO_SIMPLIFIED.transliterate(text);
        }
        return SPACE.matcher(NFKC_CASEFOLD.normalize(simplified)).replaceAll("");
    }

    /** Non-overlapping occurrences of {@code needle} in {@code haystack}, both already folded, left to right. */
    public static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); !needle.isEmpty() && i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}

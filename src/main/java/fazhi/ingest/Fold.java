package fazhi.ingest;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text for matching the parser's rules (heading phrases, title words, dates): NFKC with case folding, so
 * full-width digits and brackets read as ASCII, and traditional characters read as simplified. Only the rules see
 * folded text; stored text keeps the original characters. Folding is per character, so offsets are preserved
 * wherever the folded form has the same length (which holds for CJK, digits and brackets).
 */
public final class Fold {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private Fold() {
    }

    public static String forMatching(String s) {
        String simplified;
        synchronized (TO_SIMPLIFIED) { // ICU transliterators are not documented as thread-safe
            simplified = TO_SIMPLIFIED.transliterate(s);
        }
        return NFKC_CASEFOLD.normalize(simplified);
    }
}

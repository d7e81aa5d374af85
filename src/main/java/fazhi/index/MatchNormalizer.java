package fazhi.index;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one definition of "the same text" for exact matching, shared by the index (through {@link FoldedCharTokenizer}),
 * the query and the match counter, so that what a query finds and what it counts can never disagree.
 *
 * <p>Each code point is folded on its own: NFKC with case folding (full-width and compatibility forms, Ａ→a, （→(),
 * then traditional → simplified (法律顧問 → 法律顾问), then whitespace is dropped. Folding per code point (rather
 * than per string) keeps every folded character tied to the original character it came from, which the tokenizer
 * needs for highlight offsets; the price is that a decomposed accent sequence is not composed, which Chinese report
 * text does not use.
 */
public final class MatchNormalizer {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    /** Folded form of every BMP code point, filled lazily; racy writes are benign because Strings are immutable. */
    private static final String[] BMP = new String[0x10000];

    private MatchNormalizer() {
    }

    /** The folded form of one code point: zero or more code points, never containing whitespace. */
    public static String fold(int codePoint) {
        if (codePoint < BMP.length) {
            String cached = BMP[codePoint];
            if (cached == null) {
                cached = compute(codePoint);
                BMP[codePoint] = cached;
            }
            return cached;
        }
        return compute(codePoint);
    }

    private static String compute(int codePoint) {
        String nfkc = NFKC_CF.normalize(new String(Character.toChars(codePoint)));
        String simplified;
        synchronized (T2S) { // ICU transliterators are not safe for concurrent use
            simplified = T2S.transliterate(nfkc);
        }
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.codePoints().filter(cp -> !isSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whitespace as a reader sees it, including the ideographic space and no-break spaces. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The folded text with whitespace removed: what exact mode matches against. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(fold(cp)));
        return out.toString();
    }

    /**
     * The folded text with each run of whitespace kept as one space, for the word analyzer: segmentation needs the
     * same folding as exact matching (so 顧問 segments like 顾问) but still needs word breaks between Latin words.
     */
    public static String foldKeepingSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(fold(cp));
        }
        return out.toString();
    }

    /** Non-overlapping occurrences of an already-normalised needle in an already-normalised haystack, left to right. */
    public static int countOccurrences(String haystack, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}

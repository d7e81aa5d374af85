package fazhi.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.function.IntPredicate;

/**
 * The one definition of "the same text", used wherever text is compared rather than shown: the index and the
 * query (exact matching, match counts, marks), the parser's rules (heading phrases, dates, years), the place
 * resolver and the filters on place names. Stored and displayed text always keeps its original characters.
 *
 * <p>Each code point is folded on its own: NFKC with case folding (full-width and compatibility forms, Ａ→a, （→(,
 * １→1, invisible format characters dropped), then traditional → simplified (法律顧問 → 法律顾问, ICU's
 * Traditional-Simplified table). Folding per code point, never per phrase, is what makes exact matching exact:
 * the folded form of a piece of text is always the same piece of the folded whole, so a literal substring is
 * found wherever it occurs, and every folded character can be traced back to the character it came from for
 * highlighting (see {@link FoldedText}). The price is that a few traditional characters fold onto a simplified
 * one that also stands for other words (乾 → 干); README "Query syntax" says why phrase-level conversion was not
 * taken.
 *
 * <p>The forms differ only in what happens to white space ({@link CharClass#isSpace}): matching drops it (a term
 * split by a line break still matches), word segmentation keeps one space per run, the parser's rules keep it as
 * written.
 */
public final class Folding {
    /** ICU's folding of the BMP, read from a table ({@link FoldingTable}): ICU's transliterator is built only
     *  when a code point beyond the BMP comes along ({@link Icu}). */
    private static final String[] BMP = FoldingTable.load();
    /** Folded forms of BMP code points, spaces kept / dropped, filled lazily; racy writes of immutable Strings
     *  are benign (a lost one is computed again). */
    private static final String[] WITH_SPACES = new String[0x10000];
    private static final String[] WITHOUT_SPACES = new String[0x10000];

    private Folding() {
    }

    /** The folded form of one code point for matching: zero or more code points, never containing white space. */
    public static String fold(int cp) {
        if (cp < WITHOUT_SPACES.length) {
            String cached = WITHOUT_SPACES[cp];
            if (cached == null) {
                cached = withoutSpaces(foldKeepingSpace(cp));
                WITHOUT_SPACES[cp] = cached;
            }
            return cached;
        }
        return withoutSpaces(compute(cp));
    }

    /** The folded form of one code point, white space left as NFKC gives it (U+3000 → ' ', '\n' stays). */
    private static String foldKeepingSpace(int cp) {
        if (cp < WITH_SPACES.length) {
            String cached = WITH_SPACES[cp];
            if (cached == null) {
                cached = compute(cp);
                WITH_SPACES[cp] = cached;
            }
            return cached;
        }
        return compute(cp);
    }

    private static String compute(int cp) {
        if (cp < BMP.length) {
            String folded = BMP[cp];
            return folded != null ? folded : String.valueOf((char) cp);
        }
        return Icu.fold(cp);
    }

    /** The definition: NFKC with case folding, then ICU's Traditional-Simplified table. Loaded on first use. */
    static final class Icu {
        private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
        private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

        private Icu() {
        }

        static String fold(int cp) {
            String nfkc = NFKC_CASEFOLD.normalize(new String(Character.toChars(cp)));
            synchronized (TO_SIMPLIFIED) { // ICU documents no thread-safety for Transliterator instances
                return TO_SIMPLIFIED.transliterate(nfkc);
            }
        }
    }

    private static String withoutSpaces(String folded) {
        if (folded.codePoints().noneMatch(CharClass::isSpace)) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !CharClass.isSpace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The folded text with all white space removed: what exact matching compares, query and section alike. */
    public static String forMatching(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            out.append(fold(cp));
        }
        return out.toString();
    }

    /**
     * The folded text with each run of white space kept as one space, for word segmentation: it needs the same
     * folding as exact matching (so 顧問 segments like 顾问) but still needs word breaks between Latin words.
     */
    public static String keepingSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (CharClass.isSpace(cp)) {
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

    /**
     * The folded text with white space as written (after NFKC: the ideographic space reads as ' ', line breaks
     * stay), for the parser's rules, whose patterns look at spaces and line ends.
     */
    public static String forRules(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(foldKeepingSpace(cp)));
        return out.toString();
    }

    /**
     * The folded text without white space, except that characters for which {@code keep} holds stay as written:
     * the place resolver keeps the characters official names use, because the table writes some names with a
     * character ICU folds (於 in 於潜镇 is the official simplified name, not a traditional 于).
     */
    public static String forNames(CharSequence text, IntPredicate keep) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) { // a plain loop: this runs over every character of every report
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (keep.test(cp) && !CharClass.isSpace(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(fold(cp));
            }
        }
        return out.toString();
    }

    /**
     * The width part of the folding alone (NFKC: ＯＲ → OR, ２０２３ → 2023, ［ → [), case and script kept, for
     * reading the query language's operator words and numbers as typed in either width.
     */
    public static String width(String text) {
        return Normalizer2.getNFKCInstance().normalize(text); // ICU keeps the instance
    }

    /** The text folded for matching, with each folded character traced back to the original it came from. */
    public static FoldedText withOffsets(CharSequence text) {
        return FoldedText.of(text);
    }
}

package fazhi.text;

/**
 * The character classes every stage asks about, defined once: what counts as white space (for trimming, for
 * splitting a query, for ignoring between characters when matching) and what is a Han character (for word
 * boundaries around place names, for telling a title line from a number).
 */
public final class CharClass {
    private CharClass() {
    }

    /**
     * White space as a reader sees it: Unicode white space and space separators, including the ideographic space
     * U+3000 that Chinese documents indent with and the no-break spaces, plus the invisible zero-width space and
     * byte-order mark that conversions leave inside words.
     */
    public static boolean isSpace(int cp) {
        if (cp > ' ' && cp < 0x80) {
            return false; // the common case, decided without the Unicode tables
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }

    /**
     * A Han character (Unicode script Han: the unified ideographs of every extension, compatibility ideographs,
     * 〇 and 々). The common range is decided without the Unicode tables, because the place scanner asks this for
     * every character of every report. A lone surrogate is not Han.
     */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}

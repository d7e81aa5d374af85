package fazhi.ingest.place;

import com.ibm.icu.text.Transliterator;

/**
 * Brings evidence to the form the division names are written in: no whitespace (PDF and Word conversions split
 * names over lines and pad them with spaces, "小江镇 2022 年") and simplified characters (小龍門鄉 → 小龙门乡).
 * Only used for matching; the report's text is never changed.
 *
 * <p>Folding is character by character, and a character that some official name uses is never folded: ICU maps
 * 於 to 于, but 於潜镇 is the official simplified name. Folding only runs on text that shows traditional
 * characters at all (traditional-markers.txt), so simplified reports cost one pass.
 */
final class TextFolding {
    private static final class Icu {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    /** Marks a character not yet looked up in {@link #simplified}. */
    private static final char UNKNOWN = '\0';

    /** Indexed by char: a lookup per character keeps folding a 10,000-character report in microseconds. */
    private final boolean[] traditionalMarkers = new boolean[Character.MAX_VALUE + 1];
    private final CharPredicate keep;
    /** Simplified form of each character met so far. Racy but safe: a char write is atomic, a lost one redone. */
    private final char[] simplified = new char[Character.MAX_VALUE + 1];

    interface CharPredicate {
        boolean test(char c);
    }

    /** @param keep characters never to fold (those the official names use) */
    TextFolding(String traditionalMarkers, CharPredicate keep) {
        traditionalMarkers.chars().forEach(c -> this.traditionalMarkers[c] = true);
        this.keep = keep;
    }

    /** The folded text; "" for null. */
    String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] compact = new char[text.length()];
        int length = 0;
        boolean traditional = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                compact[length++] = c;
                traditional |= traditionalMarkers[c];
            }
        }
        if (traditional) {
            for (int i = 0; i < length; i++) {
                if (MentionScanner.isHan(compact[i]) && !keep.test(compact[i])) {
                    compact[i] = simplify(compact[i]);
                }
            }
        }
        return new String(compact, 0, length);
    }

    private char simplify(char c) {
        char known = simplified[c];
        if (known == UNKNOWN) {
            String one;
            // ICU documents no thread-safety for Transliterator instances; this runs once per character.
            synchronized (Icu.TO_SIMPLIFIED) {
                one = Icu.TO_SIMPLIFIED.transliterate(String.valueOf(c));
            }
            known = one.length() == 1 ? one.charAt(0) : c;
            simplified[c] = known;
        }
        return known;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80 || MentionScanner.isHan(c)) {
            return false; // the common case, decided without the Unicode tables
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}

package fazhi.ingest.place;

import com.ibm.icu.text.Transliterator;

/**
 * Brings evidence to the form the division names are written in: no whitespace (PDF and Word conversions split
 * names over lines and pad them with spaces, "小江镇 2022 年") and simplified characters (小龍門鄉 → 小龙门乡).
 * Only used for matching; the report's text is never changed.
 */
final class TextFolding {
    private static final class Icu {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    /** Indexed by char: a lookup per character keeps folding a 10,000-character report in microseconds. */
    private final boolean[] traditionalMarkers = new boolean[Character.MAX_VALUE + 1];

    TextFolding(String traditionalMarkers) {
        traditionalMarkers.chars().forEach(c -> this.traditionalMarkers[c] = true);
    }

    /** The folded text; "" for null. */
    String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder compact = new StringBuilder(text.length());
        boolean traditional = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                compact.append(c);
                traditional |= traditionalMarkers[c];
            }
        }
        // The ICU transliterator is slow (and loads its rules on first use): run it only on text that shows
        // traditional characters. Transliterator instances are not documented as thread-safe, hence the lock.
        if (traditional) {
            synchronized (Icu.TO_SIMPLIFIED) {
                return Icu.TO_SIMPLIFIED.transliterate(compact.toString());
            }
        }
        return compact.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}

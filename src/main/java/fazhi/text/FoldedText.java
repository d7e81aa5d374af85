package fazhi.text;

import java.util.Arrays;

/**
 * Text folded for matching ({@link Folding#forMatching}) that remembers, for every char of the folded form, the
 * original code point it came from: a match found in the folded text is marked on the text as written. A
 * character that folds to several (㍿ → 株式会社) gives several folded chars pointing at that same character;
 * white space gives none.
 */
public final class FoldedText {
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static FoldedText of(CharSequence original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 4];
        int[] ends = new int[starts.length];
        for (int i = 0; i < original.length(); ) {
            int cp = Character.codePointAt(original, i);
            int next = i + Character.charCount(cp);
            String f = Folding.fold(cp);
            for (int k = 0; k < f.length(); k++) {
                if (out.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(f.charAt(k));
            }
            i = next;
        }
        return new FoldedText(out.toString(), starts, ends);
    }

    /** The folded form, as {@link Folding#forMatching} gives it. */
    public String folded() {
        return folded;
    }

    /** Where in the original the character that gave folded char {@code index} starts. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** Where in the original the character that gave folded char {@code index} ends. */
    public int originalEnd(int index) {
        return ends[index];
    }
}

package fazhi.search;

import fazhi.text.FoldedText;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * One occurrence of a query term in a section, as offsets in the original heading or text: the occurrences a
 * section has are exactly the ones {@link Hit#matches} counts (each literal's leftmost non-overlapping matches in
 * the folded heading and text), so a concordance has one row per counted match.
 *
 * @param inHeading whether it is in the section's heading (else in its text)
 * @param start     offset in the original heading or text (UTF-16 index), inclusive
 * @param end       exclusive
 */
public record Occurrence(boolean inHeading, int start, int end) {

    /** The occurrences of the literals in a section, heading first, each in text order. */
    static List<Occurrence> in(List<QueryTranslator.Literal> literals, String heading, String text) {
        List<Occurrence> out = new ArrayList<>();
        find(literals, heading, true, out);
        find(literals, text, false, out);
        return out;
    }

    private static void find(List<QueryTranslator.Literal> literals, String original, boolean heading,
                             List<Occurrence> out) {
        if (original.isEmpty()) {
            return;
        }
        FoldedText folded = null;
        int from = out.size();
        for (QueryTranslator.Literal l : literals) {
            if (heading ? !l.inHeading() : !l.inText()) {
                continue;
            }
            folded = folded == null ? Folding.withOffsets(original) : folded;
            String haystack = folded.folded();
            String needle = l.chars();
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
                out.add(new Occurrence(heading, folded.originalStart(i),
                        folded.originalEnd(i + needle.length() - 1)));
            }
        }
        out.subList(from, out.size()).sort(java.util.Comparator.comparingInt(Occurrence::start));
    }

    /**
     * The raw file's line of this occurrence, estimated: the section's start line, plus one for a heading line,
     * plus the paragraph breaks before it in the text. Exact when the report puts each paragraph on one line with
     * no blank lines between (the parser keeps one line break per paragraph); blank lines, removed furniture
     * (page numbers) and lines joined across a page break are not in the stored text, so there the true line is
     * later, and a heading that runs on into its paragraph makes it one too late.
     */
    int line(int sectionLine, String heading, String text) {
        if (inHeading) {
            return sectionLine;
        }
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        return sectionLine + (heading.isEmpty() ? 0 : 1) + breaks;
    }
}

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

    /** The first occurrence in reading order (the heading's first, else the text's), or null when there is none. */
    static Occurrence first(List<QueryTranslator.Literal> literals, String heading, String text) {
        List<Occurrence> found = new ArrayList<>();
        find(literals, heading, true, found);
        if (found.isEmpty()) {
            find(literals, text, false, found);
        }
        return found.isEmpty() ? null : found.get(0);
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
}

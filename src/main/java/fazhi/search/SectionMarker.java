package fazhi.search;

import fazhi.text.FoldedText;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where a query's terms occur in a whole heading or text, for marking them when a report is read: the same
 * literals and the same normalisation as exact matching and the {@code matches} count (so 法律顧問 in the text is
 * marked for the query 法律顾问), mapped back to offsets in the original characters.
 */
final class SectionMarker {
    private final List<QueryTranslator.Literal> literals;

    private SectionMarker(List<QueryTranslator.Literal> literals) {
        this.literals = literals;
    }

    /** A marker for this query; a blank query marks nothing. */
    static SectionMarker of(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return new SectionMarker(List.of());
        }
        return of(QueryParser.parse(query));
    }

    /** A marker for a parsed query: its positive literals, as {@code matches} counts them. */
    static SectionMarker of(QueryNode query) {
        return new SectionMarker(QueryTranslator.literals(query));
    }

    List<Span> heading(String heading) {
        return spans(heading, literals.stream().filter(QueryTranslator.Literal::inHeading).toList());
    }

    List<Span> text(String text) {
        return spans(text, literals.stream().filter(QueryTranslator.Literal::inText).toList());
    }

    private static List<Span> spans(String original, List<QueryTranslator.Literal> wanted) {
        if (wanted.isEmpty() || original.isEmpty()) {
            return List.of();
        }
        FoldedText folded = Folding.withOffsets(original);
        String haystack = folded.folded();
        List<Span> found = new ArrayList<>();
        for (QueryTranslator.Literal l : wanted) {
            String needle = l.chars();
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
                found.add(new Span(folded.originalStart(i), folded.originalEnd(i + needle.length() - 1)));
            }
        }
        return merge(found);
    }

    /** Overlapping or touching spans of different terms become one mark. */
    private static List<Span> merge(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.getLast();
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}

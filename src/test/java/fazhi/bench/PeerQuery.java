package fazhi.bench;

import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SortOrder;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request of the peers' query mix, in a form every engine can run: literal terms that must all occur, of which
 * one must occur, or that must not occur (each in the heading or the text of a section), and an optional year
 * filter. The peers get the terms folded with {@link Folding#forMatching}, as this project folds them; this project
 * gets the request as a user types it ({@code syntax}, e.g. traditional characters).
 */
record PeerQuery(String syntax, List<String> all, List<String> any, List<String> none, Integer year) {
    /** Terms of 1–6 characters, digits, traditional input, AND, OR, NOT and a facet filter. */
    static final List<PeerQuery> MIX = List.of(
            of("法律顾问"), of("政府"), of("合法"), of("村"), of("调解"), of("法治宣传"), of("12345"),
            of("12345热线"), of("法律顧問"), of("依法行政"), of("矛盾纠纷化解"),
            new PeerQuery("法律顾问 审查", fold("法律顾问", "审查"), List.of(), List.of(), null),
            new PeerQuery("村 调解", fold("村", "调解"), List.of(), List.of(), null),
            new PeerQuery("调解 OR 信访", List.of(), fold("调解", "信访"), List.of(), null),
            new PeerQuery("法治 -宣传", fold("法治"), List.of(), fold("宣传"), null),
            new PeerQuery("法律顾问", fold("法律顾问"), List.of(), List.of(), 2023));

    /** The dimensions every engine counts: year, township and category. */
    static final List<String> DIMS = List.of("year", "township", "category");
    /** Hits shown per page, with snippets. */
    static final int PAGE = 20;

    private static PeerQuery of(String term) {
        return new PeerQuery(term, fold(term), List.of(), List.of(), null);
    }

    private static List<String> fold(String... terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            out.add(Folding.forMatching(t));
        }
        return out;
    }

    SearchRequest request() {
        return new SearchRequest(syntax(), Mode.EXACT, year == null ? Map.of() : Map.of("year",
                List.of(year.toString())), SortOrder.RELEVANCE, 1, PAGE);
    }

    /** Whether a section (folded heading and text) has the terms: the scan every engine's count is checked
     *  against (the year filter is applied by the scan). */
    boolean matchesTerms(String heading, String text) {
        for (String t : all) {
            if (!heading.contains(t) && !text.contains(t)) {
                return false;
            }
        }
        if (!any.isEmpty() && any.stream().noneMatch(t -> heading.contains(t) || text.contains(t))) {
            return false;
        }
        return none.stream().noneMatch(t -> heading.contains(t) || text.contains(t));
    }

    /** The terms a snippet should show, first the ones that must occur. */
    List<String> positive() {
        List<String> out = new ArrayList<>(all);
        out.addAll(any);
        return out;
    }

    @Override
    public String toString() {
        return syntax() + (year == null ? "" : " [year=" + year + "]");
    }
}

package fazhi.cli;

import fazhi.search.FacetValue;
import fazhi.search.Hit;
import fazhi.search.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Search results for people: one block per hit, matches in reverse video on a terminal, 【】 elsewhere. */
final class ResultPrinter {
    private final PrintWriter out;
    private final String markOn;
    private final String markOff;

    ResultPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.markOn = terminal ? "\u001b[7m" : "【";
        this.markOff = terminal ? "\u001b[0m" : "】";
    }

    void print(SearchResult r) {
        long pages = (r.total() + r.size() - 1) / r.size();
        out.printf("%d sections match %s (page %d of %d, %d ms)%n%n", r.total(),
                r.query().isBlank() ? "(everything)" : r.query(), r.page(), Math.max(pages, 1), r.tookMs());
        int n = (r.page() - 1) * r.size();
        for (Hit h : r.hits()) {
            String place = Stream.of(h.township(), h.county(), h.city(), h.province(),
                    h.year() == null ? null : h.year().toString()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
            out.printf("%d. %s  [%s]  %d matches%n", ++n, place.isEmpty() ? "(place unknown)" : place,
                    h.category(), h.matches());
            out.printf("   %s%n", h.headingPath().isEmpty() ? "(前言)" : String.join(" › ", h.headingPath()));
            out.printf("   %s%n", terminalText(h.snippet()).replace("\n", " "));
            out.printf("   %s, line %d of the report file%n%n", h.id(), h.line());
        }
        for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.printf("%s: %s%n", e.getKey(), e.getValue().stream().limit(12)
                        .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", ")));
            }
        }
    }

    /** The snippet is HTML for the web; here the marks become visible and entities become characters again. */
    private String terminalText(String html) {
        return html.replace("<mark>", markOn).replace("</mark>", markOff).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}

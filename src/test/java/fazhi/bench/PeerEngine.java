package fazhi.bench;

import java.util.List;
import java.util.Map;

/** One search engine in the peers benchmark: it answers a {@link PeerQuery} with what the product's page shows. */
interface PeerEngine extends AutoCloseable {
    String name();

    Answer search(PeerQuery query) throws Exception;

    /** Whether a dimension's counts ignore the query's own filter on it (drill-sideways, this project). */
    default boolean sideways() {
        return false;
    }

    /**
     * @param total    exact number of matching sections
     * @param facets   per dimension of {@link PeerQuery#DIMS}: value → matching sections (the engine's top values)
     * @param ids      section ids of the first page, best first
     * @param snippets a passage of each, with the match marked
     */
    record Answer(long total, Map<String, Map<String, Long>> facets, List<String> ids, List<String> snippets) {
    }

    /** A passage of the text around the first occurrence of one of the terms, marked, as a page shows it. */
    static String snippet(String text, List<String> terms) {
        int at = -1;
        String found = "";
        for (String t : terms) {
            int i = text.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                found = t;
            }
        }
        if (at < 0) {
            return text.substring(0, Math.min(text.length(), 80));
        }
        int from = Math.max(0, at - 30);
        int to = Math.min(text.length(), at + found.length() + 30);
        return text.substring(from, at) + "<mark>" + found + "</mark>" + text.substring(at + found.length(), to);
    }
}

package fazhi.search;

import java.util.List;

/**
 * One matching section with its report's metadata.
 *
 * @param score   relevance score (higher first); comparable only within one result
 * @param matches occurrences of the query's positive terms in this section's normalised heading and text
 * @param snippet best passages of the text, HTML-escaped, with {@code <mark>…</mark>} around exact matches only
 */
public record Hit(String id, String reportId, String title, String province, String city, String county,
                  String township, Integer year, String category, String heading, List<String> headingPath,
                  float score, int matches, String snippet) {
    public Hit {
        headingPath = List.copyOf(headingPath);
    }
}

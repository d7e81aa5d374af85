package fazhi.search;

import java.util.List;

/**
 * One matching section with its report's metadata (the fields of {@link ReportSummary}, for citing without a
 * second request).
 *
 * @param score   relevance score (higher first); comparable only within one result
 * @param matches occurrences of the query's positive terms in this section's normalised heading and text
 * @param snippet best passages of the text, HTML-escaped, with {@code <mark>…</mark>} around exact matches only
 * @param headingMarks where the query's terms occur in the heading (offsets into {@code heading}), to mark them
 * @param line    the report file's line of the section's first match (the heading's first, else the text's), or of
 *                the section's start when no term of the query occurs literally (an empty query, words mode); for
 *                a web page, Word file or PDF, the line of the text its reader extracts
 * @param at      offset of that first match in {@code text}, for a permalink to it; null when it is in the heading
 *                or there is none
 */
public record Hit(String id, String reportId, String title, String province, String city, String county,
                  String township, String divisionCode, String divisionLevel, Integer year, String yearSource,
                  String issuer, String addressee, String date, String closing, List<String> warnings,
                  String category,
                  String heading, List<String> headingPath, float score, int matches, String snippet,
                  List<Span> headingMarks, int line, Integer at) {
    public Hit {
        warnings = List.copyOf(warnings);
        headingPath = List.copyOf(headingPath);
        headingMarks = List.copyOf(headingMarks);
    }

    /** A hit on a section of this report. */
    static Hit of(String id, ReportSummary r, String category, String heading, List<String> headingPath, float score,
                  int matches, String snippet, List<Span> headingMarks, int line, Integer at) {
        return new Hit(id, r.id(), r.title(), r.province(), r.city(), r.county(), r.township(), r.divisionCode(),
                r.divisionLevel(), r.year(), r.yearSource(), r.issuer(), r.addressee(), r.date(), r.closing(),
                r.warnings(),
                category, heading, headingPath, score, matches, snippet, headingMarks, line, at);
    }
}

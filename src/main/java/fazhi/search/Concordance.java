package fazhi.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Keyword in context (KWIC): one row per occurrence of the query's terms across every matching section, with the
 * characters to its left and right, sortable as concordancers sort (by the left context read backwards from the
 * keyword, or by the right context) and paged. The rows of one request are built in memory, at most
 * {@value #MAX_ROWS} of them (about 30 MB); beyond that the search must be narrowed, or the occurrences exported,
 * which streams without a limit.
 */
public final class Concordance {
    public static final int MAX_ROWS = 100_000;
    public static final int MAX_CONTEXT = 200;
    public static final int MAX_SIZE = 500;

    /** Row orders; each ends with the reading order of the reports, so equal keys page deterministically. */
    public enum Sort {
        TOWNSHIP, YEAR, LEFT, RIGHT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Sort byId(String id) {
            for (Sort s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * One occurrence.
     *
     * @param left      up to {@code context} characters before the match (line breaks shown as spaces)
     * @param inHeading whether the match is in the section's heading rather than its text
     * @param at        offset of the match in the section's text (or heading), for the permalink
     * @param line      the report file's line of the match (for a web page, Word file or PDF: the line of the
     *                  text its reader extracts)
     * @param sectionLine the raw file's line where the section starts (exact)
     */
    public record Row(String left, String match, String right, boolean inHeading, String reportId,
                      String sectionId, int ordinal, int at, int line, int sectionLine, String province,
                      String county, String township, Integer year, String category, List<String> headingPath,
                      String title, String issuer, String date, String permalink) {
    }

    /** One page of rows; {@code total} is the number of occurrences (= the search's {@code occurrences}). */
    public record Result(String query, long total, long sections, int page, int size, int context, String sort,
                         List<Row> rows) {
    }

    private final MatchStream stream;
    private final int maxRows;

    public Concordance(SearchService service) {
        this(service, MAX_ROWS);
    }

    /** With a lower row limit, for tests. */
    Concordance(SearchService service, int maxRows) {
        this.stream = new MatchStream(service);
        this.maxRows = maxRows;
    }

    /**
     * @throws QuerySyntaxException the query cannot be understood, or has more than {@value #MAX_ROWS} occurrences
     */
    public Result page(SearchRequest request, int context, Sort sort, int page, int size)
            throws IOException, QuerySyntaxException {
        return page(request, context, sort, page, size, () -> false);
    }

    /** As {@link #page(SearchRequest, int, Sort, int, int)}, stopping once {@code abandoned} says nobody waits. */
    public Result page(SearchRequest request, int context, Sort sort, int page, int size, BooleanSupplier abandoned)
            throws IOException, QuerySyntaxException {
        if (context < 0 || context > MAX_CONTEXT) {
            throw new IllegalArgumentException("context must be between 0 and " + MAX_CONTEXT + ", not " + context);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + page);
        }
        List<QueryTranslator.Literal> literals = QueryTranslator.literals(QueryParser.parse(request.query()));
        List<Row> rows = new ArrayList<>();
        long sections;
        try {
            sections = stream.forEach(request, abandoned, s -> {
                for (Occurrence o : Occurrence.in(literals, s.heading(), s.text())) {
                    if (rows.size() == maxRows) {
                        throw new TooMany();
                    }
                    rows.add(row(s, o, context));
                }
            });
        } catch (TooMany e) {
            throw new QuerySyntaxException("more than " + maxRows + " occurrences to list; add terms or filters,"
                    + " or export them all (/api/export?unit=occurrences)", -1);
        }
        rows.sort(order(sort));
        int from = (int) Math.min((long) (page - 1) * size, rows.size());
        int to = Math.min(from + size, rows.size());
        return new Result(request.query(), rows.size(), sections, page, size, context, sort.id(),
                List.copyOf(rows.subList(from, to)));
    }

    /** Thrown out of the stream when the rows would pass {@link #MAX_ROWS}; becomes a QuerySyntaxException. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    static Row row(MatchedSection s, Occurrence o, int context) {
        String source = o.inHeading() ? s.heading() : s.text();
        ReportSummary r = s.report();
        return new Row(flat(before(source, o.start(), context)), flat(source.substring(o.start(), o.end())),
                flat(after(source, o.end(), context)), o.inHeading(), r.id(), s.id(), s.ordinal(), o.start(),
                s.lineOf(o), s.line(), r.province(), r.county(), r.township(),
                r.year(), s.category(), s.headingPath(), r.title(), r.issuer(), r.date(),
                Permalink.of(r.id(), s.id(), o.inHeading() ? null : o.start()));
    }

    /** Up to n code points ending at index end. */
    static String before(String s, int end, int n) {
        int start = end;
        for (int k = 0; k < n && start > 0; k++) {
            start = s.offsetByCodePoints(start, -1);
        }
        return s.substring(start, end);
    }

    /** Up to n code points starting at index start. */
    static String after(String s, int start, int n) {
        int end = start;
        for (int k = 0; k < n && end < s.length(); k++) {
            end = s.offsetByCodePoints(end, 1);
        }
        return s.substring(start, end);
    }

    private static String flat(String s) {
        return s.replace('\n', ' ');
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Row> READING = Comparator.comparing(Row::reportId)
            .thenComparingInt(Row::ordinal).thenComparing(Row::inHeading, Comparator.reverseOrder())
            .thenComparingInt(Row::at);

    static Comparator<Row> order(Sort sort) {
        // by township name; a name shared by townships of several counties is told apart by county, province
        Comparator<Row> byPlace = Comparator.comparing(Row::township, NULLS_LAST)
                .thenComparing(Row::county, NULLS_LAST).thenComparing(Row::province, NULLS_LAST);
        Comparator<Row> byYear = Comparator.comparing(Row::year, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Row> left = Comparator.comparing(r -> reversed(r.left()));
        Comparator<Row> right = Comparator.comparing(Row::right);
        return switch (sort) {
            case TOWNSHIP -> byPlace.thenComparing(byYear).thenComparing(READING);
            case YEAR -> byYear.thenComparing(byPlace).thenComparing(READING);
            case LEFT -> left.thenComparing(right).thenComparing(byPlace).thenComparing(READING);
            case RIGHT -> right.thenComparing(left).thenComparing(byPlace).thenComparing(READING);
        };
    }

    /** The left context read from the keyword outwards, code point by code point. */
    static String reversed(String s) {
        return new StringBuilder(s).reverse().toString(); // reverse() keeps surrogate pairs together
    }
}

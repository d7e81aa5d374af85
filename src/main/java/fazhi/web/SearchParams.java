package fazhi.web;

import fazhi.search.CountUnit;
import fazhi.search.Mode;
import fazhi.search.SearchRequest;
import fazhi.search.SortOrder;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of {@code /api/search} and {@code /api/facets} into a {@link SearchRequest}, refusing
 * anything it cannot read with a 400 that names the parameter. An empty value counts as absent, as an HTML form
 * sends empty fields; an unknown parameter is refused, so that a misspelt filter does not silently filter nothing.
 */
final class SearchParams {
    static final int DEFAULT_SIZE = 10;
    private static final List<String> FILTERS = SearchRequest.DIMENSIONS;
    private static final Set<String> SEARCH_PARAMS = union(FILTERS,
            List.of("q", "mode", "sort", "page", "size", "count"));
    private static final Set<String> FACET_PARAMS = union(FILTERS, List.of("count"));
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern PARAMETER_SEPARATOR = Pattern.compile("[&;]");

    private SearchParams() {
    }

    /** The request of {@code /api/search}. */
    static SearchRequest search(Map<String, List<String>> params) {
        checkKnown(params, SEARCH_PARAMS);
        Mode mode = choice(params, "mode", Mode::byId, Mode.EXACT, "exact or words");
        SortOrder sort = choice(params, "sort", SortOrder::byId, SortOrder.RELEVANCE,
                "relevance, year, -year or township");
        int page = number(params, "page", 1);
        int size = number(params, "size", DEFAULT_SIZE);
        String q = single(params, "q");
        return request(q == null ? "" : q, mode, filters(params), sort, page, size, count(params));
    }

    /** The request of {@code /api/facets}: every section under the filters, counted, no hits listed. */
    static SearchRequest facets(Map<String, List<String>> params) {
        checkKnown(params, FACET_PARAMS);
        return request("", Mode.EXACT, filters(params), SortOrder.RELEVANCE, 1, 1, count(params));
    }

    /**
     * The query, mode and filters of the research endpoints (concordance, table, export); {@code extra} names the
     * endpoint's own parameters, which it reads itself, so that any other name is still refused.
     */
    static SearchRequest query(Map<String, List<String>> params, List<String> extra) {
        List<String> own = new java.util.ArrayList<>(extra);
        own.addAll(List.of("q", "mode"));
        checkKnown(params, union(FILTERS, own));
        Mode mode = choice(params, "mode", Mode::byId, Mode.EXACT, "exact or words");
        String q = single(params, "q");
        return request(q == null ? "" : q, mode, filters(params), SortOrder.RELEVANCE, 1, 1, CountUnit.SECTIONS);
    }

    /** {@code count=sections|reports}: the unit of the facet counts, sections when absent. */
    static CountUnit count(Map<String, List<String>> params) {
        return choice(params, "count", CountUnit::byId, CountUnit.SECTIONS, "sections or reports");
    }

    private static SearchRequest request(String q, Mode mode, Map<String, List<String>> filters, SortOrder sort,
                                         int page, int size, CountUnit count) {
        try {
            return new SearchRequest(q, mode, filters, sort, page, size, count);
        } catch (IllegalArgumentException e) { // the record's own checks: page, size, window, filter values
            throw ApiException.badParameter(e.getMessage());
        }
    }

    private static Map<String, List<String>> filters(Map<String, List<String>> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : FILTERS) {
            List<String> values = params.getOrDefault(dim, List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dim, values);
            }
        }
        return filters;
    }

    private static void checkKnown(Map<String, List<String>> params, Set<String> known) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badParameter("unknown parameter '" + name + "' (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /**
     * A parameter naming one of a fixed set ({@code byId} gives null for an unknown name): {@code absent} when not
     * given, 400 naming the {@code choices} when unknown.
     */
    static <T> T choice(Map<String, List<String>> params, String name, Function<String, T> byId, T absent,
                        String choices) {
        String v = single(params, name);
        if (v == null) {
            return absent;
        }
        T value = byId.apply(v);
        if (value == null) {
            throw ApiException.badParameter("unknown " + name + " '" + v + "' (" + choices + ")");
        }
        return value;
    }

    /** The one value of a parameter that may be given once, or null when absent or empty. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            throw ApiException.badParameter("'" + name + "' may be given only once");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    static int number(Map<String, List<String>> params, String name, int absent) {
        String v = single(params, name);
        if (v == null) {
            return absent;
        }
        if (!WHOLE_NUMBER.matcher(v).matches()) {
            throw ApiException.badParameter(name + " must be a whole number, not '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Refuses any parameter other than {@code names}, on endpoints that are not searches. */
    static void only(Map<String, List<String>> params, String... names) {
        checkKnown(params, Set.of(names));
    }

    /**
     * Refuses a query string the server would otherwise read loosely: a {@code %} not followed by two hex digits, or
     * escapes that are not UTF-8 (which includes a lone surrogate). Read loosely, {@code q=abc%} would search for
     * nothing and {@code year=20%3} drop the filter.
     */
    static void checkEncoding(String rawQuery) {
        if (rawQuery == null) {
            return;
        }
        for (String part : PARAMETER_SEPARATOR.split(rawQuery)) {
            if (part.indexOf('%') < 0) {
                continue; // no escapes: nothing to misread (raw characters are the HTTP layer's business, below)
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '%') {
                    int hi = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
                    int lo = hi >= 0 ? Character.digit(part.charAt(i + 2), 16) : -1;
                    if (lo < 0) {
                        throw badEncoding(part);
                    }
                    bytes.write(hi * 16 + lo);
                    i += 2;
                } else {
                    bytes.write(c < 0x80 ? c : '?'); // raw non-ASCII is the HTTP layer's business
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            } catch (CharacterCodingException e) {
                throw badEncoding(part);
            }
        }
    }

    private static ApiException badEncoding(String part) {
        String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
        return new ApiException(400, "bad_encoding", "parameter '" + (name.length() > 40 ? name.substring(0, 40)
                + "…" : name) + "' is not valid percent-encoded UTF-8 (a % must be followed by two hex digits)");
    }
}

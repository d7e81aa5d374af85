package fazhi.search;

import java.util.List;

/**
 * A place filter whose value names nothing the index holds, even folded and without its suffix: refused with the
 * nearest values the index does hold, rather than answered with a silent 0.
 */
public final class UnknownValueException extends QuerySyntaxException {
    private final String dimension;
    private final String value;
    private final List<String> suggestions;

    UnknownValueException(String dimension, String value, List<String> suggestions) {
        super("no " + dimension + " '" + value + "' in the index" + (suggestions.isEmpty() ? ""
                        : " (nearest: " + String.join(", ", suggestions) + ")"),
                "索引中没有" + DimensionLabels.zh(dimension) + "“" + value + "”" + (suggestions.isEmpty() ? ""
                        : "，相近的有：" + String.join("、", suggestions)), -1);
        this.dimension = dimension;
        this.value = value;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The filter's dimension: province, city, county or township. */
    public String dimension() {
        return dimension;
    }

    public String value() {
        return value;
    }

    /** The nearest values the index holds, nearest first; empty when it holds none of this dimension. */
    public List<String> suggestions() {
        return suggestions;
    }
}

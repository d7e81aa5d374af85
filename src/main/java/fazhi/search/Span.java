package fazhi.search;

/** A stretch of a string, in UTF-16 code units as Java and JavaScript index strings: {@code [start, end)}. */
public record Span(int start, int end) {
}

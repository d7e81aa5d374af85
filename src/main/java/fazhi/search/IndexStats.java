package fazhi.search;

/**
 * What the served index holds.
 *
 * @param generation the name of the served Lucene commit ({@code segments_N}), which changes with every build
 */
public record IndexStats(long reports, long sections, String generation) {
}

package fazhi.search;

/**
 * What the served index holds.
 *
 * @param generation the name of the index generation being served, which changes with every rebuild
 */
public record IndexStats(long reports, long sections, String generation) {
}

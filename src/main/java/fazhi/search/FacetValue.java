package fazhi.search;

/** One value of a facet dimension and the number of matching sections that have it. */
public record FacetValue(String value, long count) {
}

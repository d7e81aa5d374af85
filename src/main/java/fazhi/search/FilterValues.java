package fazhi.search;

import fazhi.index.Fields;
import fazhi.ingest.Category;
import fazhi.ingest.Report;
import fazhi.text.Folding;

/**
 * The one spelling of a filter value, for a URL parameter ({@code category=下一年度安排}) and the query syntax
 * ({@code category:下一年度安排}) alike: a year in either width of digits, a category by id in any case or width or by
 * its Chinese label, a year source by id in any case. Place names are resolved against the index by
 * {@link PlaceFilters}.
 */
final class FilterValues {
    private FilterValues() {
    }

    /** The canonical value, or null when {@code value} is not one of the dimension's; other dimensions as given. */
    static String canonical(String dim, String value) {
        String plain = Folding.width(value).strip();
        switch (dim) {
            case Fields.YEAR:
                return plain.matches("[0-9]{1,4}") ? plain : null;
            case Fields.CATEGORY:
                for (Category c : Category.values()) {
                    if (c.id().equalsIgnoreCase(plain) || c.label().equals(value.strip())) {
                        return c.id();
                    }
                }
                return null;
            case Fields.YEAR_SOURCE:
                for (String source : Report.YEAR_SOURCES) {
                    if (source.equalsIgnoreCase(plain)) {
                        return source;
                    }
                }
                return null;
            default:
                return value;
        }
    }
}

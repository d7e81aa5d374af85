package fazhi.search;

/** Result order; ties always fall back to relevance and then section id, so pages never overlap. */
public enum SortOrder {
    RELEVANCE("relevance"), YEAR("year"), YEAR_DESC("-year"), TOWNSHIP("township");

    private final String id;

    SortOrder(String id) {
        this.id = id;
    }

    /** The value used in the API: relevance, year (oldest first), -year (newest first), township. */
    public String id() {
        return id;
    }

    /** The order with this id, or null. */
    public static SortOrder byId(String id) {
        for (SortOrder s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}

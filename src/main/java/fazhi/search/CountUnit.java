package fazhi.search;

/** What a facet count counts: matching sections (each section once) or matching reports (each report once). */
public enum CountUnit {
    SECTIONS, REPORTS;

    /** The value used in the API ({@code count=reports}) and in JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The unit with this id, or null. */
    public static CountUnit byId(String id) {
        for (CountUnit u : values()) {
            if (u.id().equals(id)) {
                return u;
            }
        }
        return null;
    }
}

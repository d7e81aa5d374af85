package fazhi.search;

/** How free terms match: literal substrings (default) or any of their words, ranked by BM25. */
public enum Mode {
    EXACT, WORDS;

    /** The value used on the command line, in JSON and in the API. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode with this id, or null. */
    public static Mode byId(String id) {
        for (Mode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}

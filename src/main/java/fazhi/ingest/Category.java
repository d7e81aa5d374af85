package fazhi.ingest;

/**
 * The parts of a report prescribed by Art. 25 of 《法治政府建设与责任落实督察工作规定》, plus the text before the first
 * heading. The lower-case name is the value used in JSON, the index and the API.
 */
public enum Category {
    MEASURES("主要举措和成效"),
    SHORTCOMINGS("存在的不足和原因"),
    LEADERSHIP("第一责任人履职"),
    PLANS("下一年度安排"),
    OTHER("其他"),
    PREAMBLE("前言");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The value used in JSON, the index and the API, e.g. {@code measures}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Chinese label for display. */
    public String label() {
        return label;
    }

    /** The category with this id, or null. */
    public static Category byId(String id) {
        for (Category c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}

package fazhi.index;

import java.util.List;

/**
 * Every field of a section document, in one place, each with why it has its type. A document is one section,
 * carrying its report's metadata so that filters, facets and display need no join.
 */
public final class Fields {
    private Fields() {
    }

    /** Version of these fields and their analysis, kept in each commit's user data: change it with any field or
     *  analyzer change, so that a server rebuilds (or refuses) an index written under another schema. */
    public static final String SCHEMA_VERSION = "1";

    /** Section id ({@code <reportId>-<ordinal>}): StringField so updateDocument replaces by it; stored for display;
     *  sorted doc values as the last sort key so equal scores page in a stable order. */
    public static final String ID = "id";
    /** Report id: StringField so re-indexing a report first deletes all its sections (even ones that vanished);
     *  stored for display and links. */
    public static final String REPORT_ID = "report_id";
    /** Position of the section in its report: stored only, for display and for ordering a report's sections. */
    public static final String ORDINAL = "ordinal";
    /** Report title and source path: stored only, never searched (search is over headings and text). */
    public static final String TITLE = "title";
    public static final String SOURCE = "source";

    /** Place names: StringField for exact filters (township:洋口镇), stored for display; also facet dimensions. */
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    /** Township also has sorted doc values, for sort=township. */
    public static final String TOWNSHIP = "township";
    /** Report year: IntPoint for year:2023 and year:[2021 TO 2023], numeric doc values for sorting, stored for
     *  display, and a facet dimension (as a string) for counts. */
    public static final String YEAR = "year";
    /** Category id (measures, plans …): StringField for category:plans, stored, and a facet dimension. */
    public static final String CATEGORY = "category";
    /** Heading level and source line: stored only, for display and citing. */
    public static final String LEVEL = "level";
    public static final String LINE = "line";

    /** The section's own heading and its text: one token per folded character with positions and offsets
     *  ({@link FoldedCharTokenizer}), so any literal substring is a slop-0 phrase; stored, because the highlighter
     *  reads the stored value and marks it at the indexed offsets. Kept apart so a term must lie inside one. */
    public static final String HEADING = "heading";
    public static final String TEXT = "text";
    /** The heading path, one value per heading, character-analysed with a position gap between values so a term
     *  cannot straddle two headings; not stored (see {@link #HEADING_PATH}); only reachable through path:. */
    public static final String PATH = "path";
    /** The heading path for display: stored only, one value per heading, top down. */
    public static final String HEADING_PATH = "heading_path";
    /** SmartCN words of heading and text: not stored, used only to score whole-word matches (BM25). */
    public static final String HEADING_WORDS = "heading_words";
    public static final String TEXT_WORDS = "text_words";

    /** Facet dimensions, in the order results list them; their names are also the JSON keys and filter names. */
    public static final List<String> FACET_DIMS = List.of(YEAR, PROVINCE, CITY, COUNTY, TOWNSHIP, CATEGORY);
}

package fazhi.index;

import java.util.List;

/**
 * Every field of a section document, in one place, each with why it has its type. A document is one section,
 * carrying its report's metadata so that filters, facets and display need no join.
 */
public final class Fields {
    private Fields() {
    }

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
    /** The file's absolute normalised path ({@link fazhi.ingest.ReportIdentity#sourceKey}): StringField, NOT stored
     *  (a server path is never shown), so a file indexed again replaces its previous version whatever its text. */
    public static final String SOURCE_KEY = "source_key";
    /** Place + year + title ({@link fazhi.ingest.ReportIdentity#identityKey}): StringField, not stored, so the same
     *  report collected from another file replaces the earlier one; absent when any part is unknown. */
    public static final String IDENTITY_KEY = "identity_key";

    /** What a researcher cites besides title, place and year: the signing body, the addressee, the signing date
     *  (ISO yyyy-MM-dd), the closing formula (特此报告。), which unit the division code names (township / county),
     *  and the report's warnings (one stored value each). Stored only: shown with every hit and report, never
     *  searched or filtered, so they cost no index structures. */
    public static final String ISSUER = "issuer";
    public static final String ADDRESSEE = "addressee";
    public static final String DATE = "date";
    public static final String CLOSING = "closing";
    public static final String DIVISION_LEVEL = "division_level";
    public static final String WARNINGS = "warnings";
    /** Official division code (the township's, or its county's when only that is known): stored for display and joining with statistics;
     *  stored only, as nothing filters by it yet (the place names are the filters). */
    public static final String DIVISION_CODE = "division_code";

    /** Place names: StringField for exact filters (township:洋口镇), stored for display; also facet dimensions. */
    public static final String PROVINCE = "province";
    public static final String CITY = "city";
    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    /** The township's pinyin sort key ({@link fazhi.text.PinyinOrder}): sorted doc values only, for sort=township,
     *  so results are ordered as the page's place tree lists the townships. */
    public static final String TOWNSHIP_ORDER = "township_order";
    /** Report year: IntPoint for year:2023 and year:[2021 TO 2023], numeric doc values for sorting, stored for
     *  display, and a facet dimension (as a string) for counts. */
    public static final String YEAR = "year";
    /** Category id (measures, plans …): StringField for category:plans, stored, and a facet dimension. */
    public static final String CATEGORY = "category";
    /** Which evidence decided the year (title, pageMeta, preamble, heading, text): StringField for yearSource:title,
     *  stored, and a facet dimension, so a user can see and drop years read from weak evidence. Spelt as the API's
     *  filter and JSON key, like the other dimensions. */
    public static final String YEAR_SOURCE = "yearSource";
    /** Heading level and source line: stored only, for display and citing. */
    public static final String LEVEL = "level";
    public static final String LINE = "line";
    /** Where each piece of the heading and the text was read from in the report file ({@link LineStartsField}): a
     *  StoredField of bytes, as it is only read back with the section, for the exact line of an occurrence (KWIC,
     *  export, hits). One compact list of (offset, line) changes per section, differences as vInts: a few bytes per
     *  paragraph, against one stored int per paragraph or per line that a field per line would cost; neither
     *  searched nor sorted, so no postings or doc values. */
    public static final String LINE_STARTS = "line_starts";

    /** The section's own heading and its text: the character bigram at every position of the folded text
     *  ({@link FoldedCharTokenizer}) with positions, so any literal of two or more characters is a slop-0 phrase of
     *  bigrams ({@link ExactTerms}): 法律顾问 walks the postings of 法律 and 顾问, far shorter than those of its four
     *  characters. Stored for display, snippets and match marks. No offsets: the highlighter re-analyses the stored
     *  text of the page's hits ({@link Analyzers#highlighting}), which costs less than offsets on every token.
     *  Kept apart so a term must lie inside one. */
    public static final String HEADING = "heading";
    public static final String TEXT = "text";
    /** The heading path, one value per heading, as bigrams with a position gap between values so a term cannot
     *  straddle two headings; not stored (see {@link #HEADING_PATH}); only reachable through path:. */
    public static final String PATH = "path";
    /** The single characters of heading, text and path, for one-character literals (村, the last character of a
     *  text starts no bigram): documents and frequencies only, as a one-character match needs no position; the
     *  frequency is the match count and scores it. */
    public static final String HEADING_UNIGRAMS = "heading_unigrams";
    public static final String TEXT_UNIGRAMS = "text_unigrams";
    public static final String PATH_UNIGRAMS = "path_unigrams";
    /** The heading path for display: stored only, one value per heading, top down. */
    public static final String HEADING_PATH = "heading_path";
    /** SmartCN words of heading and text: not stored, used only to score whole-word matches (BM25). */
    public static final String HEADING_WORDS = "heading_words";
    public static final String TEXT_WORDS = "text_words";

    /** Facet dimensions, in the order results list them; their names are also the JSON keys and filter names. */
    public static final List<String> FACET_DIMS = List.of(YEAR, PROVINCE, CITY, COUNTY, TOWNSHIP, CATEGORY,
            YEAR_SOURCE);

    /** Version of this schema, recorded in every index commit. Bump it whenever a field is added, removed or changes
     *  type: an index of another version is refused (search) or rebuilt (serve from seeds), never read with fields
     *  missing. 1: before the version was recorded; 2: identity keys and citation fields; 3: township sorted in
     *  pinyin order (township_order); 4: the file line of every paragraph (line_starts); 5: exact fields as bigrams
     *  without offsets, with unigram fields beside them. */
    public static final int SCHEMA_VERSION = 5;
}

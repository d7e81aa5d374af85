package fazhi.ingest;

import java.util.List;
import java.util.Map;

/**
 * A parsed report: metadata plus its sections in reading order. Unknown values are null and explained in
 * {@code warnings}; nothing here is ever taken from the file name.
 *
 * @param id           stable report id: a hash of the decoded, normalised text ({@link ReportIdentity}), so one text
 *                     saved in two encodings is one report
 * @param source       the path the report was read from, as given
 * @param title        the title with inner spaces removed, or null when the report has no title line
 * @param issuer       the issuing body from the signature (or letterhead / page metadata), or null
 * @param addressee    a salutation line such as "县委、县政府：", or null
 * @param township     the township-level unit (镇 / 乡 / 街道 …), official name once resolved
 * @param county       county-level unit, or null
 * @param city         prefecture-level unit, or null (also null for a 直辖市's counties)
 * @param province     province-level unit, or null
 * @param divisionCode official code of the most precise unit known: the township's 9 digits, or the county's
 *                     code when only the county could be placed (see {@code divisionLevel}); null when unknown
 * @param divisionLevel which unit {@code divisionCode} names: "township" or "county"; null with the code
 * @param year         the year the report is about (not the signing year, not a plan year), or null
 * @param yearSource   which evidence decided the year: "title", "pageMeta", "preamble", "heading" or "text";
 *                     null with the year
 * @param date         signing date as ISO yyyy-MM-dd, or null
 * @param closing      the closing formula before the signature (e.g. "特此报告。"), or null
 * @param pageMeta     metadata lines of a web-page copy (索引号, 发布机构, 成文日期 …) in file order
 * @param warnings     what could not be determined, in words
 * @param sections     the sections in reading order
 */
public record Report(String id, String source, String title, String issuer, String addressee,
                     String township, String county, String city, String province, String divisionCode,
                     String divisionLevel, Integer year, String yearSource, String date, String closing,
                     Map<String, String> pageMeta, List<String> warnings, List<Section> sections) {
    /** The values of {@code yearSource}, strongest evidence first. */
    public static final List<String> YEAR_SOURCES = List.of("title", "pageMeta", "preamble", "heading", "text");

    public Report {
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
        pageMeta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pageMeta));
    }
}

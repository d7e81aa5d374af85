package fazhi.search;

import java.util.List;

/**
 * A report's metadata as the index holds it, with the number of its sections: what a researcher needs to cite it.
 *
 * @param source        the path the report was read from when it was indexed
 * @param divisionCode  official code of the most precise unit known (see {@code divisionLevel}), or null
 * @param divisionLevel which unit the code names: "township" or "county"; null with the code
 * @param yearSource    which evidence decided the year: "title", "pageMeta", "preamble", "heading" or "text";
 *                      null with the year
 * @param issuer        the signing body, or null
 * @param addressee     the salutation line (e.g. 县委、县政府：), or null
 * @param date          the signing date, ISO yyyy-MM-dd, or null
 * @param closing       the closing formula before the signature (特此报告。), or null
 * @param warnings      what the parser could not determine, in words
 */
public record ReportSummary(String id, String title, String source, String province, String city, String county,
                            String township, String divisionCode, String divisionLevel, Integer year,
                            String yearSource, String issuer, String addressee, String date, String closing,
                            List<String> warnings, int sections) {
    public ReportSummary {
        warnings = List.copyOf(warnings);
    }
}

package fazhi.ingest;

import fazhi.ingest.place.DivisionLevel;
import fazhi.ingest.place.Place;
import fazhi.ingest.place.PlaceEvidence;
import fazhi.ingest.place.PlaceResolver;
import java.util.ArrayList;
import java.util.List;

/** Places a parsed report in the official divisions, from its title, issuer, page metadata and text. */
final class Places {
    private Places() {
    }

    static Report place(Report report) {
        Place place = PlaceResolver.official().resolve(evidence(report));
        List<String> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(place.warnings());
        return new Report(report.id(), report.source(), report.title(), report.issuer(), report.addressee(),
                place.township(), place.county(), place.city(), place.province(), place.divisionCode(),
                levelOf(place.divisionCode()), report.year(), report.yearSource(), report.date(),
                report.closing(), report.pageMeta(), warnings, report.sections());
    }

    /** Which unit the code names: a township's code has 9 digits, a county's 6 (see {@link DivisionLevel}). */
    private static String levelOf(String code) {
        if (code == null) {
            return null;
        }
        return code.length() == DivisionLevel.TOWNSHIP.codeLength() ? "township"
                : code.length() == DivisionLevel.COUNTY.codeLength() ? "county" : null;
    }

    /** The addressee ("昆山市人民政府：") counts with the page metadata: it may name the report's county. */
    private static PlaceEvidence evidence(Report report) {
        List<String> meta = new ArrayList<>(report.pageMeta().values());
        if (report.addressee() != null) {
            meta.add(report.addressee());
        }
        StringBuilder text = new StringBuilder();
        for (Section s : report.sections()) {
            text.append(s.heading()).append('\n').append(s.text()).append('\n');
        }
        return new PlaceEvidence(report.title(), report.issuer(), meta, text.toString());
    }
}

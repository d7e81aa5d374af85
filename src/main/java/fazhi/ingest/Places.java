package fazhi.ingest;

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
                place.divisionCode() == null ? null : "township", report.year(), report.yearSource(), report.date(),
                report.closing(), report.pageMeta(), warnings, report.sections());
    }

    private static PlaceEvidence evidence(Report report) {
        List<String> meta = new ArrayList<>(report.pageMeta().values());
        StringBuilder text = new StringBuilder();
        for (Section s : report.sections()) {
            text.append(s.heading()).append('\n').append(s.text()).append('\n');
        }
        return new PlaceEvidence(report.title(), report.issuer(), meta, text.toString());
    }
}

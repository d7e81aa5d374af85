package fazhi.ingest.place;

import java.util.List;
import java.util.Objects;

/**
 * What a report says about where it comes from, as the parser found it. Any part may be missing.
 *
 * @param title     the report's title, or null
 * @param issuer    the issuing body (signature, letterhead or page metadata), or null
 * @param metaLines web-page metadata values and similar short lines (发布机构 …), possibly empty
 * @param text      the whole body text, or null
 */
public record PlaceEvidence(String title, String issuer, List<String> metaLines, String text) {
    public PlaceEvidence {
        metaLines = metaLines == null ? List.of() : metaLines.stream().filter(Objects::nonNull).toList();
    }
}

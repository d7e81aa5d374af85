package fazhi.ingest.place;

import java.util.List;
import java.util.Map;

/**
 * What the scanner found in a report.
 *
 * @param names        every division name found, in field and text order
 * @param markerCounts how often the report calls itself a 镇, 乡, 街道 … ("我镇", "本乡"), by suffix
 */
record EvidenceMentions(List<Mention> names, Map<String, Integer> markerCounts) {

    /** The suffix the report uses most for itself, or null when it never does or two tie. */
    String dominantSuffix() {
        int best = 0;
        String dominant = null;
        for (Map.Entry<String, Integer> marker : markerCounts.entrySet()) {
            if (marker.getValue() > best) {
                best = marker.getValue();
                dominant = marker.getKey();
            } else if (marker.getValue() == best) {
                dominant = null;
            }
        }
        return dominant;
    }
}

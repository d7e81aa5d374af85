package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated sections as every peer loads them: id, folded heading and text (the peers get the text already
 * folded, so their counts can equal this project's), and the three facet values. Also the scan that decides every
 * engine's counts.
 */
final class PeerCorpus {
    final String[] ids;
    final String[] headings;
    final String[] texts;
    final int[] years;
    final String[] townships;
    final String[] categories;

    PeerCorpus(List<Report> reports) {
        int n = reports.stream().mapToInt(r -> r.sections().size()).sum();
        ids = new String[n];
        headings = new String[n];
        texts = new String[n];
        years = new int[n];
        townships = new String[n];
        categories = new String[n];
        int i = 0;
        for (Report r : reports) {
            for (Section s : r.sections()) {
                ids[i] = s.id();
                headings[i] = Folding.forMatching(s.heading() == null ? "" : s.heading());
                texts[i] = Folding.forMatching(s.text() == null ? "" : s.text());
                years[i] = r.year();
                townships[i] = r.township();
                categories[i] = s.category();
                i++;
            }
        }
    }

    int size() {
        return ids.length;
    }

    String facetValue(String dim, int i) {
        return switch (dim) {
            case "year" -> Integer.toString(years[i]);
            case "township" -> townships[i];
            case "category" -> categories[i];
            default -> throw new IllegalArgumentException(dim);
        };
    }

    /**
     * The answer of a plain scan: exact count and facet counts, no ranking, no page. With {@code sideways}, the
     * year counts ignore the query's own year filter, as this project's drill-sideways counts do (the page lists
     * the other years to switch to); the peers count within the filter.
     */
    PeerEngine.Answer scan(PeerQuery q, boolean sideways) {
        long total = 0;
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (!q.matchesTerms(headings[i], texts[i])) {
                continue;
            }
            boolean inYear = q.year() == null || q.year() == years[i];
            if (inYear) {
                total++;
            }
            for (String dim : PeerQuery.DIMS) {
                String v = facetValue(dim, i);
                if (v != null && (inYear || sideways && dim.equals("year"))) {
                    facets.computeIfAbsent(dim, d -> new HashMap<>()).merge(v, 1L, Long::sum);
                }
            }
        }
        return new PeerEngine.Answer(total, facets, List.of(), List.of());
    }

    /** Differences between an engine's answer and the scan's: total, and every facet count the engine lists. */
    static List<String> mismatches(PeerEngine.Answer scan, PeerEngine.Answer got) {
        List<String> out = new java.util.ArrayList<>();
        if (scan.total() != got.total()) {
            out.add("total " + got.total() + " ≠ " + scan.total());
        }
        for (String dim : PeerQuery.DIMS) {
            Map<String, Long> expected = scan.facets().getOrDefault(dim, Map.of());
            got.facets().getOrDefault(dim, Map.of()).forEach((v, c) -> {
                if (!c.equals(expected.getOrDefault(v, 0L))) {
                    out.add(dim + "=" + v + ": " + c + " ≠ " + expected.getOrDefault(v, 0L));
                }
            });
            if (got.facets().getOrDefault(dim, Map.of()).isEmpty() != expected.isEmpty()) {
                out.add(dim + ": no counts");
            }
        }
        if (got.ids().size() != Math.min(PeerQuery.PAGE, scan.total())) {
            out.add("page of " + got.ids().size());
        }
        return out;
    }
}

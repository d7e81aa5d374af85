package fazhi.ingest.place;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The resolver's rules, read from the tables under {@code src/main/resources/place/} (each file says why its
 * entries are there).
 *
 * @param townshipSuffixes    suffix of matchable township names → the suffix reports write for it, longest first
 * @param divisionSuffixes    suffix → alias suffix ("" when none) for province/city/county stems, longest first
 * @param ethnicGroups        ethnic names stripped from autonomous-unit and 民族乡 names, longest first
 * @param placeholderCities   city rows that are no city (直辖市 市辖区 / 县, 省直辖县级行政区划)
 * @param townshipMarkers     self-references ("我乡") → suffix of the unit they imply
 * @param bareNamePrefixes    slogan prefixes before a bare township name ("法治李庄")
 * @param bareNameStopwords   words after those prefixes that are no place ("平安建设")
 * @param commonWords         place names that are ordinary words (公安, 合作, 交通): never read as bare county or
 *                            city names; township names built on them count only at a word boundary
 */
record PlaceRules(Map<String, String> townshipSuffixes, Map<String, String> divisionSuffixes, List<String> ethnicGroups,
                  Set<String> placeholderCities, Map<String, String> townshipMarkers, List<String> bareNamePrefixes,
                  Set<String> bareNameStopwords, Set<String> commonWords) {

    private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed();

    static PlaceRules load() {
        Map<String, String> markers = new LinkedHashMap<>();
        RuleFile.rows("/place/township-markers.tsv").forEach(row -> markers.put(row[0], row[1]));
        return new PlaceRules(
                suffixTable("/place/township-suffixes.tsv", suffix -> suffix),
                suffixTable("/place/division-suffixes.tsv", suffix -> ""),
                RuleFile.words("/place/ethnic-groups.txt").stream().sorted(LONGEST_FIRST).toList(),
                Set.copyOf(RuleFile.lines("/place/placeholder-cities.txt")),
                markers,
                RuleFile.words("/place/bare-name-prefixes.txt"),
                Set.copyOf(RuleFile.words("/place/bare-name-stopwords.txt")),
                Set.copyOf(RuleFile.words("/place/common-words.txt")));
    }

    /** Suffix → second column, longest suffix first; "-" in the second column stands for {@code dash(suffix)}. */
    private static Map<String, String> suffixTable(String resource, UnaryOperator<String> dash) {
        Map<String, String> table = new LinkedHashMap<>();
        RuleFile.rows(resource).stream()
                .sorted(Comparator.comparing((String[] row) -> row[0], LONGEST_FIRST))
                .forEach(row -> table.put(row[0], row.length > 1 && !row[1].equals("-") ? row[1] : dash.apply(row[0])));
        return table;
    }
}

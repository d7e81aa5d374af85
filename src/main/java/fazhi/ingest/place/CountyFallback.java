package fazhi.ingest.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Places a report whose township the division table does not list, but whose county it names. The statistical
 * table files some towns under a development or tourism zone instead of by name; such a report still names its
 * county in the title, the issuer, the signature or the addressee ("某某市某某镇…", "中共某某县委"). Then the
 * township is kept as the report writes it and the county, city and province come from the county.
 */
final class CountyFallback {
    private final DivisionTable table;
    private final NameForms forms;
    private final Pattern townshipWord;
    private final List<String> prefixes;

    CountyFallback(DivisionTable table) {
        this.table = table;
        this.forms = new NameForms(table.rules());
        String suffixes = table.rules().townshipSuffixes().keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // a township-shaped word at the start of a run of Han characters: 2–6 characters and a township suffix
        this.townshipWord = Pattern.compile("(?<![\\p{IsHan}])(\\p{IsHan}{2,6}?)(" + suffixes + ")");
        this.prefixes = RuleFile.words("/place/name-prefixes.txt");
    }

    /**
     * The county named most strongly outside the text (field, then official name over alias over stem), when
     * exactly one is named that strongly; or null.
     */
    static Division namedCounty(EvidenceMentions found) {
        int best = 0;
        List<Division> counties = new ArrayList<>();
        for (Mention mention : found.names()) {
            for (NameRef ref : mention.refs()) {
                if (mention.field() == EvidenceField.TEXT || ref.division().level() != DivisionLevel.COUNTY) {
                    continue;
                }
                int weight = mention.field().weight(ref.form());
                if (weight > best) {
                    best = weight;
                    counties.clear();
                }
                if (weight == best && !counties.contains(ref.division())) {
                    counties.add(ref.division());
                }
            }
        }
        return counties.size() == 1 ? counties.get(0) : null;
    }

    /**
     * The place of a township written in these fields (title first) inside {@code county}, or null when no field
     * writes a township-shaped name besides the county's own names.
     */
    Place place(Division county, List<String> fields) {
        String written = fields.stream().map(f -> writtenTownship(f, county)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (written == null) {
            return null;
        }
        Division city = table.cityOf(county);
        Division province = table.provinceOf(county);
        String countyName = table.countyOf(county) == null ? null : county.name();
        return new Place(nameOf(province), nameOf(city), countyName, written, county.code(), List.of(
                "township " + written + " is not in the division table under " + county.name() + " (the table files"
                        + " some towns under a development or tourism zone); kept as written, placed in "
                        + county.name() + " " + county.code() + " at county level"));
    }

    private String writtenTownship(String field, Division county) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        String s = field.replaceAll("[0-9]{4}\\s*年度?", "|");
        for (String name : namesAround(county)) {
            s = s.replace(name, "|");
        }
        for (String prefix : prefixes) {
            s = s.replace(prefix, "|");
        }
        Matcher m = townshipWord.matcher(s);
        return m.find() ? m.group(1) + m.group(2) : null;
    }

    /** Every way the county, its city and its province are written, longest first (so 昆山市 goes before 昆山). */
    private List<String> namesAround(Division county) {
        return Stream.of(county, table.cityOf(county), table.provinceOf(county)).filter(Objects::nonNull)
                .flatMap(d -> Stream.of(d.name(), forms.divisionAlias(d.name()), forms.divisionStem(d.name())))
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static String nameOf(Division division) {
        return division == null ? null : division.name();
    }
}

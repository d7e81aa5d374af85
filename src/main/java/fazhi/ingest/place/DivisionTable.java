package fazhi.ingest.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official division table (NBS codes as of 2023-06-30, shipped under {@code src/main/resources/divisions/}),
 * loaded once per process, with indexes by code, by name (every form, see {@link NameIndex}) and by province.
 *
 * <p>Two quirks of the table are hidden here so that callers see places as people name them: the city rows of
 * 直辖市 and of directly administered county-level units ("市辖区", "县", "省直辖县级行政区划") are no city, so
 * {@link #cityOf} gives null for them; and a city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) has one
 * county-level row bearing its own name, so {@link #countyOf} gives null there.
 */
public final class DivisionTable {
    private static final class Official {
        static final DivisionTable TABLE = load();
    }

    private final Map<String, Division> byCode;
    private final List<Division> townshipsByCode;
    private final Set<String> hiddenCodes;
    private final NameIndex names;
    private final PlaceRules rules;
    private final NameForms forms;

    private DivisionTable(Map<String, Division> byCode, List<Division> townshipsByCode, Set<String> hiddenCodes,
                          NameIndex names, PlaceRules rules) {
        this.byCode = byCode;
        this.townshipsByCode = townshipsByCode;
        this.hiddenCodes = hiddenCodes;
        this.names = names;
        this.rules = rules;
        this.forms = new NameForms(rules);
    }

    /** The shipped table, loaded on first use and shared by the whole process. */
    public static DivisionTable official() {
        return Official.TABLE;
    }

    private static DivisionTable load() {
        PlaceRules rules = PlaceRules.load();
        List<Division> provinces = DivisionCsv.read("provinces.csv", DivisionLevel.PROVINCE);
        List<Division> cities = DivisionCsv.read("cities.csv", DivisionLevel.CITY);
        List<Division> counties = DivisionCsv.read("areas.csv", DivisionLevel.COUNTY);
        List<Division> townships = DivisionCsv.read("streets.csv", DivisionLevel.TOWNSHIP);

        Map<String, Division> byCode = new HashMap<>();
        for (List<Division> level : List.of(provinces, cities, counties, townships)) {
            level.forEach(division -> byCode.put(division.code(), division));
        }
        Set<String> hidden = new HashSet<>();
        cities.stream().filter(city -> rules.placeholderCities().contains(city.name()))
                .forEach(city -> hidden.add(city.code()));
        counties.stream().filter(county -> sameNameAsCity(county, byCode))
                .forEach(county -> hidden.add(county.code()));

        NameIndex.Builder names = new NameIndex.Builder(rules);
        for (List<Division> level : List.of(provinces, cities, counties)) {
            level.stream().filter(division -> !hidden.contains(division.code())).forEach(names::addDivision);
        }
        townships.forEach(names::addTownship);

        List<Division> sorted = new ArrayList<>(townships);
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        return new DivisionTable(Map.copyOf(byCode), List.copyOf(sorted), Set.copyOf(hidden), names.build(), rules);
    }

    private static boolean sameNameAsCity(Division county, Map<String, Division> byCode) {
        Division city = byCode.get(county.codeAt(DivisionLevel.CITY));
        return city != null && city.name().equals(county.name());
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Township-level units with this official name or alias (营镇乡 for 营镇回族乡). */
    public List<Division> townshipsNamed(String name) {
        return named(name, DivisionLevel.TOWNSHIP);
    }

    /**
     * County-level units with this official name, alias (酉阳县) or safe stem (宝丰, 酉阳) — as far as the name is
     * read in text: names that are ordinary words (城区, 郊区, common-words.txt) find nothing.
     */
    public List<Division> countiesNamed(String name) {
        return named(name, DivisionLevel.COUNTY);
    }

    /** Cities with this official name, alias or safe stem (南通). */
    public List<Division> citiesNamed(String name) {
        return named(name, DivisionLevel.CITY);
    }

    /** Provinces with this official name or stem (江苏, 广西, 内蒙古). */
    public List<Division> provincesNamed(String name) {
        return named(name, DivisionLevel.PROVINCE);
    }

    /** Every township-level unit inside {@code ancestor} (a province, city or county), in code order. */
    public List<Division> townshipsIn(Division ancestor) {
        int from = Collections.binarySearch(townshipsByCode, new Division(ancestor.code(), "", DivisionLevel.TOWNSHIP),
                (a, b) -> a.code().compareTo(b.code()));
        int start = from >= 0 ? from : -from - 1;
        int end = start;
        while (end < townshipsByCode.size() && townshipsByCode.get(end).code().startsWith(ancestor.code())) {
            end++;
        }
        return townshipsByCode.subList(start, end);
    }

    public int townshipCount() {
        return townshipsByCode.size();
    }

    public Division provinceOf(Division division) {
        return ancestor(division, DivisionLevel.PROVINCE);
    }

    /** The city, or null for a 直辖市's county and a directly administered county-level unit. */
    public Division cityOf(Division division) {
        return ancestor(division, DivisionLevel.CITY);
    }

    /** The county, or null for a township of a city without counties (东莞市, 中山市 …). */
    public Division countyOf(Division division) {
        return ancestor(division, DivisionLevel.COUNTY);
    }

    /** The kind of a township as reports name it (镇, 乡, 街道, 苏木), or null for other units (农场 …). */
    String townshipKind(Division township) {
        return forms.townshipKind(township.name());
    }

    NameIndex names() {
        return names;
    }

    PlaceRules rules() {
        return rules;
    }

    private Division ancestor(Division division, DivisionLevel level) {
        if (division.level().codeLength() < level.codeLength()) {
            return null;
        }
        String code = division.codeAt(level);
        return hiddenCodes.contains(code) ? null : byCode.get(code);
    }

    private List<Division> named(String name, DivisionLevel level) {
        NameEntry entry = name == null ? null : names.lookup(name);
        if (entry == null) {
            return List.of();
        }
        return entry.refs().stream().map(NameRef::division).filter(d -> d.level() == level).toList();
    }
}

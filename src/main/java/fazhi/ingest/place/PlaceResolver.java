package fazhi.ingest.place;

import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.function.IntPredicate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Places a report in the official divisions from what its title, issuer, page metadata and text say.
 *
 * <p>Every township-level name found (镇/乡/街道/苏木, with 街道办事处 and 人民政府 wording, 民族乡 aliases and
 * slogan names such as "法治李庄" completed by 我乡) makes each unit bearing it a {@link Candidate}; mentions of
 * counties, cities and provinces anywhere support the candidates inside them. The strongest candidate wins only
 * when it is strictly stronger than every other: when namesakes stay tied (三都镇 with no other clue) nothing is
 * guessed — the township name is kept, county, city, province and code stay null, and a warning lists the
 * candidates.
 *
 * <p>Thread-safe: the table is immutable and each call keeps its state to itself.
 */
public final class PlaceResolver {
    private static final class Official {
        static final PlaceResolver RESOLVER = new PlaceResolver(DivisionTable.official());
    }

    /** How many candidates a warning spells out before it only counts them. */
    private static final int LISTED_CANDIDATES = 8;

    private final DivisionTable table;
    private final MentionScanner scanner;
    private final CountyFallback countyFallback;
    /** Characters the official names use are left as written, as the scanner does (see {@link Folding#forNames}). */
    private final IntPredicate nameChar;

    private PlaceResolver(DivisionTable table) {
        this.table = table;
        this.scanner = new MentionScanner(table);
        this.countyFallback = new CountyFallback(table);
        this.nameChar = cp -> cp <= Character.MAX_VALUE && table.names().usesChar((char) cp);
    }

    /** The resolver over the shipped division table, shared by the process. */
    public static PlaceResolver official() {
        return Official.RESOLVER;
    }

    /** Never throws: whatever cannot be settled is null, with the reason in {@code warnings}. */
    public Place resolve(PlaceEvidence evidence) {
        if (evidence == null) {
            return Place.unknown(List.of("no evidence given: place left unknown"));
        }
        try {
            return resolve(scanner.scan(evidence), evidence);
        } catch (RuntimeException e) {
            // A defect must cost one report its place, not the whole ingest run.
            return Place.unknown(List.of("place resolution failed (" + e + "): place left unknown"));
        }
    }

    private Place resolve(EvidenceMentions found, PlaceEvidence evidence) {
        Place unlisted = unlistedTownship(found, evidence);
        if (unlisted != null) {
            return unlisted;
        }
        Map<Division, Candidate> candidates = new LinkedHashMap<>();
        for (Mention mention : found.names()) {
            for (NameRef ref : mention.refs()) {
                if (ref.division().level() == DivisionLevel.TOWNSHIP) {
                    candidates.computeIfAbsent(ref.division(), t -> new Candidate(t, table.townshipKind(t)))
                            .namedBy(mention.field(), ref.form());
                }
            }
        }
        if (candidates.isEmpty()) {
            return Place.unknown(List.of(
                    "no township-level name (镇/乡/街道/苏木) found in title, issuer, page metadata or text"));
        }
        String ownSuffix = found.dominantSuffix();
        Map<String, Integer> supportByCode = supportByCode(found);
        for (Candidate candidate : candidates.values()) {
            candidate.reportCallsItself(ownSuffix);
            candidate.supportedBy(supportByCode);
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Candidate.STRONGEST_FIRST);
        List<Candidate> best = ranked.stream().filter(c -> c.tiesWith(ranked.get(0))).toList();
        return best.size() == 1 ? placeOf(best.get(0).township()) : ambiguous(best, fold(evidence.title()));
    }

    /**
     * A township the table does not list inside the county the report names (title, issuer, metadata, addressee):
     * kept as written, at county level. Null when the named county holds a township the report names, or when the
     * report names no single county or writes no township-shaped name outside its text.
     */
    private Place unlistedTownship(EvidenceMentions found, PlaceEvidence evidence) {
        Division county = CountyFallback.namedCounty(found);
        if (county == null) {
            return null;
        }
        for (Mention mention : found.names()) {
            for (NameRef ref : mention.refs()) {
                if (ref.division().level() == DivisionLevel.TOWNSHIP && ref.division().code().startsWith(county.code())) {
                    return null;
                }
            }
        }
        List<String> fields = new ArrayList<>();
        fields.add(fold(evidence.title()));
        fields.add(fold(evidence.issuer()));
        evidence.metaLines().forEach(line -> fields.add(fold(line)));
        return countyFallback.place(county, fields);
    }

    private String fold(String text) {
        return text == null ? "" : Folding.forNames(text, nameChar);
    }

    /** For each province, city and county mentioned: the weight of its best mention (field, then form). */
    private static Map<String, Integer> supportByCode(EvidenceMentions found) {
        Map<String, Integer> support = new HashMap<>();
        for (Mention mention : found.names()) {
            for (NameRef ref : mention.refs()) {
                if (ref.division().level() != DivisionLevel.TOWNSHIP) {
                    support.merge(ref.division().code(), mention.field().weight(ref.form()), Math::max);
                }
            }
        }
        return support;
    }

    private Place placeOf(Division township) {
        return new Place(nameOf(table.provinceOf(township)), nameOf(table.cityOf(township)),
                nameOf(table.countyOf(township)), township.name(), township.code(), List.of());
    }

    /** Tied candidates; a name the title writes is kept even when other names tie with it. */
    private Place ambiguous(List<Candidate> tied, String title) {
        List<String> names = tied.stream().map(c -> c.township().name()).distinct().toList();
        List<String> inTitle = names.stream().filter(title::contains).toList();
        if (names.size() > 1 && inTitle.size() == 1) {
            String name = inTitle.get(0);
            return ambiguous(tied.stream().filter(c -> c.township().name().equals(name)).toList(), title);
        }
        String listed = tied.stream().limit(LISTED_CANDIDATES).map(c -> pathOf(c.township()))
                .collect(Collectors.joining("; "));
        String more = tied.size() > LISTED_CANDIDATES ? "; …" : "";
        if (names.size() == 1) {
            return new Place(null, null, null, names.get(0), null, List.of(
                    "township " + names.get(0) + " is ambiguous: " + tied.size() + " candidates (" + listed + more
                            + ") and nothing in the report settles it; county, city, province and division code"
                            + " left null"));
        }
        return Place.unknown(List.of("township-level name is ambiguous: " + String.join(", ", names) + " are"
                + " equally likely (" + listed + more + "); place left unknown"));
    }

    /** "江苏省南通市如东县洋口镇 320623101", skipping the parts that are no place (重庆's "县" row). */
    private String pathOf(Division township) {
        String path = Stream.of(table.provinceOf(township), table.cityOf(township),
                        table.countyOf(township), township)
                .filter(Objects::nonNull).map(Division::name).collect(Collectors.joining());
        return path + " " + township.code();
    }

    private static String nameOf(Division division) {
        return division == null ? null : division.name();
    }
}

package fazhi.ingest.place;

import java.util.Comparator;
import java.util.Map;

/**
 * One township-level unit a report may belong to, with what speaks for it. Candidates are ordered by how the
 * name itself was found — where (title over issuer over metadata over text), whether it has the suffix the report
 * uses for itself (我乡 → 乡), how often — and only then by what supports the unit: a mention of its county, then
 * of its city, then of its province, the strongest first. So a namesake in another county never wins over a
 * better-named township, and a mention that supports no candidate (copy-paste noise) changes nothing.
 */
final class Candidate {
    static final Comparator<Candidate> STRONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> c.nameWeight)
            .thenComparing(c -> c.suffixAgrees)
            .thenComparingInt(c -> c.mentions)
            .thenComparingInt(c -> c.countySupport)
            .thenComparingInt(c -> c.citySupport)
            .thenComparingInt(c -> c.provinceSupport)
            .reversed();

    private final Division township;
    private final String kind;
    private int nameWeight;
    private int mentions;
    private boolean suffixAgrees;
    private int countySupport;
    private int citySupport;
    private int provinceSupport;

    /** @param kind 镇, 乡, 街道 or 苏木: what the unit calls itself ("我乡") */
    Candidate(Division township, String kind) {
        this.township = township;
        this.kind = kind;
    }

    Division township() {
        return township;
    }

    void namedBy(EvidenceField field, NameForm form) {
        nameWeight = Math.max(nameWeight, field.weight(form));
        mentions++;
    }

    void reportCallsItself(String suffix) {
        suffixAgrees = suffix != null && suffix.equals(kind);
    }

    /**
     * Takes the support of the mentions naming the candidate's county, city and province.
     *
     * @param supportByCode for each province, city or county code mentioned, the weight of its best mention
     */
    void supportedBy(Map<String, Integer> supportByCode) {
        countySupport = supportByCode.getOrDefault(township.codeAt(DivisionLevel.COUNTY), 0);
        citySupport = supportByCode.getOrDefault(township.codeAt(DivisionLevel.CITY), 0);
        provinceSupport = supportByCode.getOrDefault(township.codeAt(DivisionLevel.PROVINCE), 0);
    }

    boolean tiesWith(Candidate other) {
        return STRONGEST_FIRST.compare(this, other) == 0;
    }
}

package fazhi.ingest.place;

import fazhi.text.CharClass;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Finds every division name in a report's evidence in one pass per field (see {@link NameTrie}), taking the
 * longest name at each position ("麻阳苗族自治县锦和镇" is a county then a township, not 阳县 …), plus the report's
 * self-references (我乡) and bare township names in slogans ("法治李庄" + 我乡 → 李庄乡).
 */
final class MentionScanner {
    /** Names starting at one position that are prefixes of each other (宝丰, 宝丰县 …): a handful at most. */
    private static final int MAX_NESTED_NAMES = 16;
    /** Longest bare township name in a slogan (李庄 of 法治李庄); a longer run of Han characters is not one. */
    static final int MAX_BARE_NAME = 4;

    private final NameIndex names;
    private final PlaceRules rules;
    /** Characters the official names use are left as written (於潜镇), see {@link Folding#forNames}. */
    private final IntPredicate nameChar;
    private final WordFinder markers;
    private final WordFinder bareNamePrefixes;

    MentionScanner(DivisionTable table) {
        this.names = table.names();
        this.rules = table.rules();
        this.nameChar = cp -> cp <= Character.MAX_VALUE && names.usesChar((char) cp);
        this.markers = new WordFinder(rules.townshipMarkers().keySet());
        this.bareNamePrefixes = new WordFinder(rules.bareNamePrefixes());
    }

    EvidenceMentions scan(PlaceEvidence evidence) {
        Map<EvidenceField, List<String>> fields = new LinkedHashMap<>();
        fields.put(EvidenceField.TITLE, List.of(fold(evidence.title())));
        fields.put(EvidenceField.ISSUER, List.of(fold(evidence.issuer())));
        fields.put(EvidenceField.META, evidence.metaLines().stream().map(this::fold).toList());
        fields.put(EvidenceField.TEXT, List.of(fold(evidence.text())));

        List<Mention> mentions = new ArrayList<>();
        Map<String, Integer> markerCounts = new LinkedHashMap<>();
        fields.forEach((field, texts) -> texts.forEach(text -> {
            findNames(text, field, mentions);
            countMarkers(text, markerCounts);
        }));
        fields.forEach((field, texts) -> texts.forEach(text -> findBareNames(text, field, markerCounts, mentions)));
        return new EvidenceMentions(mentions, markerCounts);
    }

    /** Evidence in the form the names are matched in: folded, no white space; "" for null. */
    private String fold(String text) {
        return text == null ? "" : Folding.forNames(text, nameChar);
    }

    private void findNames(String text, EvidenceField field, List<Mention> into) {
        int[] ends = new int[MAX_NESTED_NAMES];
        int[] values = new int[MAX_NESTED_NAMES];
        int lastEnd = -1;
        for (int start = 0; start < text.length(); ) {
            boolean boundary = start == 0 || start == lastEnd || !CharClass.isHan(text.charAt(start - 1));
            int longest = names.trie().matchesAt(text, start, ends, values) - 1;
            while (longest >= 0 && !boundary && names.entry(values[longest]).needsBoundary()) {
                longest--;
            }
            if (longest < 0) {
                start++;
            } else {
                List<NameRef> refs = names.entry(values[longest]).refs();
                if (!refs.isEmpty()) {
                    into.add(new Mention(refs, field));
                }
                lastEnd = ends[longest];
                start = lastEnd;
            }
        }
    }

    private void countMarkers(String text, Map<String, Integer> counts) {
        markers.find(text, (marker, start) -> counts.merge(rules.townshipMarkers().get(marker), 1, Integer::sum));
    }

    /** A slogan prefix, then 2–4 Han characters, then no further Han character: "“法治李庄”", "平安李庄、". */
    private void findBareNames(String text, EvidenceField field, Map<String, Integer> markerCounts,
                               List<Mention> into) {
        bareNamePrefixes.find(text, (prefix, at) -> {
            String bare = bareNameAt(text, at + prefix.length());
            if (bare != null && !rules.bareNameStopwords().contains(bare)) {
                markerCounts.keySet().forEach(suffix -> addBareName(bare + suffix, field, into));
            }
        });
    }

    /**
     * The 2–4 Han characters from {@code start} when no further Han character follows, else null. Reads at most
     * {@value #MAX_BARE_NAME} + 1 characters, however long the run of Han text: the scan stays linear on a report
     * without punctuation, where every 法治 would otherwise read the rest of the run.
     */
    static String bareNameAt(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && end - start <= MAX_BARE_NAME && CharClass.isHan(text.charAt(end))) {
            end++;
        }
        int length = end - start;
        return length >= NameForms.MIN_STEM_LENGTH && length <= MAX_BARE_NAME
                ? text.subSequence(start, end).toString() : null;
    }

    private void addBareName(String name, EvidenceField field, List<Mention> into) {
        NameEntry entry = names.lookup(name);
        if (entry != null) {
            List<NameRef> townships = entry.refs().stream()
                    .filter(ref -> ref.division().level() == DivisionLevel.TOWNSHIP)
                    .map(ref -> new NameRef(ref.division(), NameForm.BARE))
                    .toList();
            if (!townships.isEmpty()) {
                into.add(new Mention(townships, field));
            }
        }
    }
}

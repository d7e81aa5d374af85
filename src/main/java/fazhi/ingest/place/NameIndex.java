package fazhi.ingest.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every string that names a division: official names and aliases of all levels, and the bare stems of provinces,
 * cities and counties where a stem is safe. A stem is dropped when it would name more than one unit (朝阳 → 3
 * counties) — except that a province keeps its stem (吉林 stays 吉林省, not also 吉林市). A county or city name of
 * any form that is an ordinary word (common-words.txt: 城区, 公安, 合作) is dropped too. Township stems are not
 * indexed: bare township names are only read from slogans.
 */
final class NameIndex {
    private final List<NameEntry> entries;
    private final NameTrie trie;
    private final boolean[] nameChars = new boolean[Character.MAX_VALUE + 1];

    private NameIndex(List<NameEntry> entries, NameTrie trie) {
        this.entries = entries;
        this.trie = trie;
        entries.forEach(entry -> entry.name().chars().forEach(c -> nameChars[c] = true));
    }

    /** Whether any indexed name uses this character (於 in 於潜镇 is simplified usage, not a traditional 于). */
    boolean usesChar(char c) {
        return nameChars[c];
    }

    NameEntry entry(int index) {
        return entries.get(index);
    }

    /** The entry for exactly this string, or null. */
    NameEntry lookup(String name) {
        int index = trie.get(name);
        return index < 0 ? null : entries.get(index);
    }

    NameTrie trie() {
        return trie;
    }

    static final class Builder {
        private final PlaceRules rules;
        private final NameForms forms;
        private final Map<String, List<NameRef>> refsByName = new LinkedHashMap<>();

        Builder(PlaceRules rules) {
            this.rules = rules;
            this.forms = new NameForms(rules);
        }

        /** A province, city or county: official name, alias and (if safe, decided in build) stem. */
        Builder addDivision(Division division) {
            add(division.name(), division, NameForm.OFFICIAL);
            add(forms.divisionAlias(division.name()), division, NameForm.ALIAS);
            add(forms.divisionStem(division.name()), division, NameForm.STEM);
            return this;
        }

        /** A township-level unit, if its name has a matchable suffix and something before it. */
        Builder addTownship(Division township) {
            String suffix = forms.townshipSuffix(township.name());
            if (suffix != null && township.name().length() > suffix.length()) {
                add(township.name(), township, NameForm.OFFICIAL);
                add(forms.townshipAlias(township.name()), township, NameForm.ALIAS);
            }
            return this;
        }

        NameIndex build() {
            List<NameEntry> entries = new ArrayList<>();
            Map<String, Integer> trieValues = new HashMap<>();
            refsByName.forEach((name, refs) -> {
                List<NameRef> kept = withSafeStems(name, refs);
                // An ordinary-word county name (郊区) stays as a name of nothing: it still marks where a word
                // ends, so that 郊区红旗街道 reads 红旗街道 at a word boundary.
                if (!kept.isEmpty() || rules.commonWords().contains(name)) {
                    trieValues.put(name, entries.size());
                    entries.add(new NameEntry(name, List.copyOf(kept), needsBoundary(name, kept)));
                }
            });
            return new NameIndex(List.copyOf(entries), new NameTrie(trieValues));
        }

        private void add(String name, Division division, NameForm form) {
            if (name != null) {
                List<NameRef> refs = refsByName.computeIfAbsent(name, n -> new ArrayList<>(1));
                if (refs.stream().noneMatch(ref -> ref.division().equals(division))) {
                    refs.add(new NameRef(division, form));
                }
            }
        }

        private List<NameRef> withSafeStems(String name, List<NameRef> refs) {
            if (rules.commonWords().contains(name)) {
                // 城区, 公安, 合作: as a county or city name, even an official one, the word is far likelier
                return refs.stream().filter(ref -> ref.division().level() == DivisionLevel.TOWNSHIP).toList();
            }
            boolean hasStem = refs.stream().anyMatch(ref -> ref.form() == NameForm.STEM);
            if (!hasStem) {
                return refs;
            }
            boolean provinceStem = refs.stream().anyMatch(
                    ref -> ref.form() == NameForm.STEM && ref.division().level() == DivisionLevel.PROVINCE);
            boolean keepStems = provinceStem || refs.size() == 1;
            return refs.stream()
                    .filter(ref -> ref.form() != NameForm.STEM
                            || keepStems && (!provinceStem || ref.division().level() == DivisionLevel.PROVINCE))
                    .toList();
        }

        private boolean needsBoundary(String name, List<NameRef> refs) {
            String suffix = forms.townshipSuffix(name);
            if (suffix == null || !refs.stream().allMatch(ref -> ref.division().level() == DivisionLevel.TOWNSHIP)) {
                return false;
            }
            String stem = name.substring(0, name.length() - suffix.length());
            return stem.length() < NameForms.MIN_STEM_LENGTH || rules.commonWords().contains(stem);
        }
    }
}

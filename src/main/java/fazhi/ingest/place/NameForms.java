package fazhi.ingest.place;

import java.util.Map;

/**
 * Derives the other ways of writing an official name, following {@link PlaceRules}: the stem of a county-level or
 * higher name (宝丰县 → 宝丰, 酉阳土家族苗族自治县 → 酉阳), its customary alias (麻阳苗族自治县 → 麻阳县), and the
 * alias of a 民族乡 without its ethnic group (营镇回族乡 → 营镇乡).
 */
final class NameForms {
    /** Shorter bare names are too likely to be part of an ordinary word. */
    static final int MIN_STEM_LENGTH = 2;
    private static final String AUTONOMOUS = "自治";

    private final PlaceRules rules;

    NameForms(PlaceRules rules) {
        this.rules = rules;
    }

    /** The name without its level suffix (and, for autonomous units, without the ethnic groups), or null. */
    String divisionStem(String name) {
        Map.Entry<String, String> suffix = divisionSuffix(name);
        if (suffix == null) {
            return null;
        }
        String stem = name.substring(0, name.length() - suffix.getKey().length());
        if (suffix.getKey().startsWith(AUTONOMOUS)) {
            stem = stripEthnicGroups(stem);
        }
        return stem.length() >= MIN_STEM_LENGTH ? stem : null;
    }

    /** The customary full form of an autonomous unit's name (stem + 县/旗/州), or null when it has none. */
    String divisionAlias(String name) {
        Map.Entry<String, String> suffix = divisionSuffix(name);
        String stem = divisionStem(name);
        if (suffix == null || stem == null || suffix.getValue().isEmpty()) {
            return null;
        }
        return stem + suffix.getValue();
    }

    /** The matchable township suffix the official name ends with (镇, 乡, 街道, 苏木, 街道办事处), or null. */
    String townshipSuffix(String name) {
        for (String suffix : rules.townshipSuffixes().keySet()) {
            if (name.endsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /** The kind of township as reports write it: 街道 for 库伦街道办事处, else the name's suffix; or null. */
    String townshipKind(String name) {
        String suffix = townshipSuffix(name);
        return suffix == null ? null : rules.townshipSuffixes().get(suffix);
    }

    /**
     * The township's name as reports commonly write it, when that differs from the official one: without the
     * ethnic group of a 民族乡 (营镇回族乡 → 营镇乡) and with the short suffix (库伦街道办事处 → 库伦街道); or null.
     */
    String townshipAlias(String name) {
        String suffix = townshipSuffix(name);
        if (suffix == null) {
            return null;
        }
        String stem = stripEthnicGroups(name.substring(0, name.length() - suffix.length()));
        String alias = stem + townshipKind(name);
        return stem.length() >= MIN_STEM_LENGTH && !alias.equals(name) ? alias : null;
    }

    private Map.Entry<String, String> divisionSuffix(String name) {
        for (Map.Entry<String, String> suffix : rules.divisionSuffixes().entrySet()) {
            if (name.endsWith(suffix.getKey()) && name.length() > suffix.getKey().length()) {
                return suffix;
            }
        }
        return null;
    }

    private String stripEthnicGroups(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : rules.ethnicGroups()) {
                // 内蒙古 keeps its 蒙古: never strip down to fewer characters than a stem needs
                if (stem.endsWith(group) && stem.length() - group.length() >= MIN_STEM_LENGTH) {
                    stem = stem.substring(0, stem.length() - group.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }
}

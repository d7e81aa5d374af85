package fazhi.ingest;

import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word lists of {@code front-matter.tsv} and the small predicates built on them. */
final class FrontMatterWords {
    private static final Map<String, List<String>> WORDS = new HashMap<>();
    private static final Pattern META;

    static {
        for (String[] row : Rules.tsv("front-matter.tsv")) {
            List<String> words = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                words.add(row[i]);
            }
            WORDS.put(row[0], List.copyOf(words));
        }
        List<String> keys = new ArrayList<>(WORDS.get("meta-key"));
        keys.sort((a, b) -> b.length() - a.length()); // 发布机构 before 发布
        META = Pattern.compile("(" + String.join("|", keys) + ")\\s*[:：]");
    }

    private FrontMatterWords() {
    }

    static boolean endsWithAny(String rule, String text) {
        String folded = Folding.forRules(text);
        return WORDS.get(rule).stream().anyMatch(folded::endsWith);
    }

    /** A line that names an organisation: it ends like one and names an administrative unit. */
    static boolean isOrganisation(String text) {
        return endsWithAny("org-end", text) && containsAny("org-unit", text);
    }

    static boolean containsAny(String rule, String text) {
        String folded = Folding.forRules(text);
        return WORDS.get(rule).stream().anyMatch(folded::contains);
    }

    /**
     * The key/value pairs of a web-page metadata line ("索引号：0001/2023-01  发布机构：小江镇人民政府"), or null when
     * the line does not start with a known key.
     */
    static Map<String, String> metadata(String line) {
        Matcher m = META.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        String key = m.group(1);
        int valueStart = m.end();
        while (m.find()) {
            pairs.put(key, Cleaner.trim(line.substring(valueStart, m.start())));
            key = m.group(1);
            valueStart = m.end();
        }
        pairs.put(key, Cleaner.trim(line.substring(valueStart)));
        return pairs;
    }
}

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
    private static final Pattern BULLET;
    private static final Pattern BARE_KEY;

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
        String key = "(" + String.join("|", keys) + ")";
        // 索引号：…, or a bracketed label [索引号]… / 【发布机构】…, with or without a colon
        META = Pattern.compile("[\\[【〔]\\s*" + key + "\\s*[\\]】〕]\\s*[:：]?|" + key + "\\s*[:：]");
        BULLET = Pattern.compile("[•·●▪◆■◇○*]\\s*");
        BARE_KEY = Pattern.compile(key + "(?=\\s|$)");
    }

    private FrontMatterWords() {
    }

    static boolean endsWithAny(String rule, String text) {
        String folded = Folding.forMatching(text);
        return WORDS.get(rule).stream().anyMatch(folded::endsWith);
    }

    /** A line that names an organisation: it ends like one and names an administrative unit. */
    static boolean isOrganisation(String text) {
        return endsWithAny("org-end", text) && containsAny("org-unit", text);
    }

    static List<String> words(String rule) {
        return WORDS.get(rule);
    }

    static boolean containsAny(String rule, String text) {
        String folded = Folding.forMatching(text);
        return WORDS.get(rule).stream().anyMatch(folded::contains);
    }

    /**
     * The key/value pairs of a web-page metadata line ("索引号：0001/2023-01  发布机构：小江镇人民政府",
     * "[索引号]0001[发文字号]…", "• 发布机构 小江镇人民政府"), or null when the line does not start with a known key.
     * A value may be empty when the page puts it on the next line.
     */
    static Map<String, String> metadata(String line) {
        Matcher bullet = BULLET.matcher(line);
        String s = line;
        if (bullet.lookingAt()) { // a bulleted list may leave out the colon: "• 发布机构 小江镇人民政府"
            s = line.substring(bullet.end());
            Matcher bare = BARE_KEY.matcher(s);
            s = bare.lookingAt() ? bare.group(1) + "：" + s.substring(bare.end()) : s;
        }
        Matcher m = META.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        String key = keyOf(m);
        int valueStart = m.end();
        while (m.find()) {
            pairs.put(key, Cleaner.trim(s.substring(valueStart, m.start())));
            key = keyOf(m);
            valueStart = m.end();
        }
        pairs.put(key, Cleaner.trim(s.substring(valueStart)));
        return pairs;
    }

    private static String keyOf(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

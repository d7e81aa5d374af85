package fazhi.ingest;

import fazhi.text.CharClass;
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
    /** How many characters an unlisted label may add before a listed one ("信息" + "索引号"). */
    private static final int MAX_LABEL_PREFIX = 4;
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
        BARE_KEY = Pattern.compile("(?<=^|\\s)" + key + "(?=\\s|$)");
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
        boolean bulleted = bullet.lookingAt();
        String s = withColons(bulleted ? line.substring(bullet.end()) : line, bulleted);
        Matcher m = META.matcher(s);
        String prefix = "";
        if (!m.lookingAt()) { // a row of labels may start with a label we do not list: "信息索引号：…  名称：…"
            if (!m.find() || m.start() > MAX_LABEL_PREFIX || labelCount(s) < 2
                    || !s.substring(0, m.start()).codePoints().allMatch(CharClass::isHan)) {
                return null;
            }
            prefix = s.substring(0, m.start());
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        String key = prefix + keyOf(m);
        int valueStart = m.end();
        while (m.find()) {
            pairs.put(key, Cleaner.trim(s.substring(valueStart, m.start())));
            key = keyOf(m);
            valueStart = m.end();
        }
        pairs.put(key, Cleaner.trim(s.substring(valueStart)));
        return pairs;
    }

    /**
     * Labels written without a colon read as labels when the line starts with one and is a bulleted item
     * ("• 发布机构 小江镇人民政府"), the label alone (its value on the next line), or a row of two or more labels
     * ("索引号 0001/2023 发布机构 小江镇").
     */
    private static String withColons(String s, boolean bulleted) {
        Matcher bare = BARE_KEY.matcher(s);
        if (!bare.lookingAt()) {
            return s;
        }
        boolean alone = bare.end() == s.length();
        if (!bulleted && !alone && bare.results().count() < 2) {
            return s;
        }
        return BARE_KEY.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "："));
    }

    /** How many labels (with a colon or brackets) the line holds anywhere: two or more make it a metadata row. */
    static long labelCount(String line) {
        return META.matcher(line).results().count();
    }

    private static String keyOf(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

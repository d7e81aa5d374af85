package fazhi.ingest;

import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The closing formulas of {@code closing.tsv} ("特此报告。", "以上报告，请审阅。"). */
final class Closings {
    private static final List<Pattern> FORMULAS = new ArrayList<>();

    static {
        for (String[] row : Rules.tsv("closing.tsv")) {
            FORMULAS.add(Pattern.compile(row[0]));
        }
    }

    private Closings() {
    }

    /**
     * Where a closing formula starts in this line: 0 when the whole line is one, the index after the last sentence
     * end when the formula ends the line's last sentence ("…建设。特此报告。"), or -1 when the line does not close.
     */
    static int start(String line) {
        String folded = Folding.forRules(line);
        if (folded.length() != line.length()) {
            return matchesAny(folded) ? 0 : -1;
        }
        int cut = 0;
        while (cut < folded.length()) {
            if (matchesAny(folded.substring(cut).strip())) {
                return cut;
            }
            cut = nextSentence(folded, cut);
        }
        return -1;
    }

    private static int nextSentence(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if ("。.!！?？".indexOf(s.charAt(i)) >= 0 && i + 1 < s.length()) {
                return i + 1;
            }
        }
        return s.length();
    }

    private static boolean matchesAny(String text) {
        for (Pattern p : FORMULAS) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                return true;
            }
        }
        return false;
    }
}

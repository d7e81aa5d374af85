package fazhi.ingest;

import fazhi.text.CharClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line of web-page chrome by its shape ({@code chrome.tsv}): a breadcrumb, or a row of nothing but
 * widget words (搜索, 无障碍, 字号 大 中 小, 打印, 关闭 …). Whether such a line is dropped depends on where it stands,
 * which only the parser knows: above the title and below the signature it is chrome, inside the body it is text.
 */
final class Chrome {
    private static final List<Pattern> LINES = new ArrayList<>();
    private static final List<Pattern> FOOTERS = new ArrayList<>();
    private static final Set<String> WORDS = new HashSet<>();
    private static final int LONGEST_WORD;
    private static String separators = "";

    static {
        for (String[] row : Rules.tsv("chrome.tsv")) {
            switch (row[0]) {
                case "line" -> LINES.add(Pattern.compile(row[1]));
                case "footer" -> FOOTERS.add(Pattern.compile(row[1]));
                case "sep" -> separators = row[1];
                case "word" -> WORDS.addAll(List.of(row).subList(1, row.length));
                default -> throw new IllegalStateException("chrome.tsv: unknown rule kind " + row[0]);
            }
        }
        LONGEST_WORD = WORDS.stream().mapToInt(String::length).max().orElse(0);
    }

    private Chrome() {
    }

    /** Whether this (trimmed) line has the shape of web-page chrome. */
    static boolean is(String line) {
        return matchesAny(LINES, line) || isPageEnd(line);
    }

    /** Whether this line is chrome even as the last line of a page without a signature: widgets or a footer. */
    static boolean isPageEnd(String line) {
        return matchesAny(FOOTERS, line) || onlyWidgetWords(line);
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The line, without separators and spaces, splits into widget words and numbers and nothing else. */
    private static boolean onlyWidgetWords(String line) {
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!CharClass.isSpace(c) && separators.indexOf(c) < 0) {
                rest.append(c);
            }
        }
        String s = rest.toString();
        if (s.isEmpty() || !s.codePoints().anyMatch(CharClass::isHan)) {
            return false;
        }
        int i = 0;
        while (i < s.length()) {
            int next = wordEnd(s, i);
            if (next < 0) {
                return false;
            }
            i = next;
        }
        return true;
    }

    /** The end of the longest widget word (or run of digits) starting at {@code from}, or -1. */
    private static int wordEnd(String s, int from) {
        int digits = from;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > from) {
            return digits;
        }
        for (int end = Math.min(s.length(), from + LONGEST_WORD); end > from; end--) {
            if (WORDS.contains(s.substring(from, end))) {
                return end;
            }
        }
        return -1;
    }
}

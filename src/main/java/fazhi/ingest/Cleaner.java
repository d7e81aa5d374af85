package fazhi.ingest;

import fazhi.text.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits decoded text into lines (CRLF, CR, LF and form feeds all end a line), trims them and drops conversion
 * furniture listed in {@code furniture.tsv}. Only furniture is removed: every other character is kept as written,
 * because matching-normalisation belongs to search, not to the stored text.
 */
public final class Cleaner {
    private static final List<Pattern> INLINE = new ArrayList<>();
    private static final List<Pattern> WHOLE_LINE = new ArrayList<>();

    static {
        for (String[] rule : Rules.tsv("furniture.tsv")) {
            Pattern pattern = Pattern.compile(rule[1]);
            switch (rule[0]) {
                case "inline" -> INLINE.add(pattern);
                case "line" -> WHOLE_LINE.add(pattern);
                default -> throw new IllegalStateException("furniture.tsv: unknown rule kind " + rule[0]);
            }
        }
    }

    private Cleaner() {
    }

    /** The report's non-blank, non-furniture lines, trimmed, each with its raw line number. */
    public static List<Line> clean(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            // A form feed is a page break inside a line: the pieces are separate lines with the same number.
            for (String piece : raw[i].split("[\f\u000B]", -1)) {
                String cleaned = cleanLine(piece);
                if (!cleaned.isEmpty()) {
                    lines.add(new Line(i + 1, cleaned));
                }
            }
        }
        return lines;
    }

    /** Whether a whole (trimmed) line is furniture, e.g. a page number. */
    public static boolean isFurniture(String line) {
        String trimmed = trim(line);
        for (Pattern p : WHOLE_LINE) {
            if (p.matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String cleanLine(String line) {
        String s = line;
        for (Pattern p : INLINE) {
            s = p.matcher(s).replaceAll("");
        }
        s = trim(s);
        return isFurniture(s) ? "" : s;
    }

    /** Trims all Unicode white space, including the ideographic space U+3000 that Chinese documents indent with. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && CharClass.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && CharClass.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}

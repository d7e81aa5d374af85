package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that nothing is lost between raw text and report: every raw line, ignoring white space, punctuation,
 * heading markers and furniture, is found in the report's title, headings, texts, signature or page metadata. The
 * furniture rules here are deliberately independent of (and narrower than) the parser's, so a parser rule that eats
 * text fails the check.
 */
final class Lossless {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "[-—－]\\s*\\d+\\s*[-—－]|第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页|您当前的位置：首页.*|【字体：.*");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+[、.．]|[（(]([一二三四五六七八九十]+|\\d+)[）)]|\\d+[、.．](?!\\d))");
    private static final Pattern NOT_CONTENT = Pattern.compile("[\\s\\p{P}\\p{S}\\p{C}]");

    private Lossless() {
    }

    static void assertNothingLost(String name, String raw, Report report) {
        String haystack = haystack(report);
        int number = 0;
        for (String line : raw.split("\r\n|\r|\n")) {
            number++;
            for (String piece : line.split("\f")) {
                String content = content(piece);
                if (!content.isEmpty() && !FURNITURE_LINE.matcher(piece.strip()).matches()) {
                    assertTrue(haystack.contains(content), name + " line " + number + " lost: " + piece);
                }
            }
        }
    }

    private static String content(String line) {
        String s = BOOKMARK.matcher(line).replaceAll("").strip();
        s = MARKER.matcher(s).replaceFirst("");
        return NOT_CONTENT.matcher(s).replaceAll("");
    }

    /** Everything the report holds, each piece stripped like the raw lines; a heading runs on into its text. */
    private static String haystack(Report r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.title() == null ? "" : r.title());
        parts.add(r.issuer() == null ? "" : r.issuer());
        parts.add(r.addressee() == null ? "" : r.addressee());
        if (r.date() != null) {
            LocalDate d = LocalDate.parse(r.date());
            parts.add(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        }
        StringBuilder meta = new StringBuilder();
        for (Map.Entry<String, String> e : r.pageMeta().entrySet()) {
            meta.append(e.getKey()).append(e.getValue());
        }
        parts.add(meta.toString());
        for (Section s : r.sections()) {
            parts.add(s.heading() + s.text());
        }
        StringBuilder all = new StringBuilder();
        for (String p : parts) {
            all.append(MARKER.matcher(NOT_CONTENT.matcher(p).replaceAll("")).replaceFirst("")).append('|');
        }
        return all.toString();
    }
}

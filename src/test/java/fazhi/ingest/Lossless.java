package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that nothing is lost between raw text and report: every raw line, ignoring white space, punctuation,
 * heading markers and furniture, is found in the report's title, headings, texts, closing, signature or page
 * metadata; a line with a web-page chrome word may be missing only above the body or below the signature. The
 * furniture rules here are deliberately independent of (and narrower than) the parser's, so a parser rule that eats
 * text fails the check.
 */
final class Lossless {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "[-—－]\\s*\\d+\\s*[-—－]|第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页|您当前的位置：首页.*|【字体：.*");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+[、.．]|[（(]([一二三四五六七八九十]+|\\d+)[）)]|\\d+[、.．](?!\\d))");
    /** Web-page chrome words; such a line may be dropped only above the body or below the signature. */
    private static final Pattern CHROME_WORD = Pattern.compile(
            "搜索|无障碍|位置|首页|字号|字体|打印|关闭|朗读|听全文|长者|关怀|繁體|读屏|扫一扫|版权所有|ICP|主办|技术支持");
    /** Where the body begins (a heading or a sentence) and where the signature ends it (a date, a closing). */
    private static final Pattern BODY_START = Pattern.compile("^\\s*[一二三四五六七八九十]+、|。");
    private static final Pattern BODY_END = Pattern.compile(
            "^\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*$|特此报告|请审阅");
    private static final Pattern NOT_CONTENT = Pattern.compile("[\\s\\p{P}\\p{S}\\p{C}]");

    private Lossless() {
    }

    static void assertNothingLost(String name, String raw, Report report) {
        String haystack = haystack(report);
        String[] lines = raw.split("\r\n|\r|\n");
        int bodyStart = first(lines, BODY_START);
        int bodyEnd = last(lines, BODY_END);
        if (bodyEnd == lines.length) { // no signature: the body ends at the last line that is not chrome
            bodyEnd = last(lines, Pattern.compile("^(?!.*(" + CHROME_WORD.pattern() + ")).*\\S"));
        }
        int number = 0;
        for (String line : lines) {
            number++;
            boolean outsideBody = number - 1 < bodyStart || number - 1 > bodyEnd;
            if (outsideBody && CHROME_WORD.matcher(line).find()) {
                continue;
            }
            for (String piece : line.split("\f")) {
                String content = content(piece);
                if (!content.isEmpty() && !FURNITURE_LINE.matcher(piece.strip()).matches()) {
                    assertTrue(haystack.contains(content), name + " line " + number + " lost: " + piece);
                }
            }
        }
    }

    private static int first(String[] lines, Pattern p) {
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i;
            }
        }
        return lines.length;
    }

    private static int last(String[] lines, Pattern p) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (p.matcher(lines[i]).find()) {
                return i;
            }
        }
        return lines.length;
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
        if (r.closing() != null) { // the closing may end the last paragraph's line ("…水平。特此报告。")
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + r.closing());
        }
        StringBuilder all = new StringBuilder();
        for (String p : parts) {
            all.append(MARKER.matcher(NOT_CONTENT.matcher(p).replaceAll("")).replaceFirst("")).append('|');
        }
        return all.toString();
    }
}

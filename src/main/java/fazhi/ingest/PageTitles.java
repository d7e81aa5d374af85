package fazhi.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's {@code <title>} echoed into the text: "<report title>_<site>" or "<report title> - <site>", where the
 * site part ends like a site ("…人民政府", "…门户网站"; {@code site-end} in front-matter.tsv). It is kept in the
 * page metadata under {@link #KEY}; its title part is a fallback title, weaker than a title line.
 */
final class PageTitles {
    /** The page-metadata key the echo is kept under. */
    static final String KEY = "页面标题";
    private static final Pattern ECHO = Pattern.compile(
            "(?<title>.{6,}?)\\s*(?:[_|｜]|\\s[-—–]{1,2}\\s|[-—–]{1,2})\\s*(?<site>[^_|｜\\s]{2,30})");

    private PageTitles() {
    }

    /** The report title this line echoes, or null when the line is no page-title echo. */
    static String of(String line) {
        Matcher m = ECHO.matcher(line);
        if (!m.matches() || !FrontMatterWords.endsWithAny("site-end", m.group("site"))) {
            return null;
        }
        String title = Cleaner.trim(m.group("title"));
        return FrontMatterWords.containsAny("title-subject", title)
                && FrontMatterWords.endsWithAny("title-end", title) ? title : null;
    }
}

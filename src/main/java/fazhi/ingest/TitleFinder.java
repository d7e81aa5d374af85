package fazhi.ingest;

import fazhi.text.Folding;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the title among the lines at the top of a report, passing over chrome, metadata and letterheads. The title
 * is one line, or up to three adjacent lines joined, that names a 法治政府/法治建设 report: it names a subject of
 * {@code title-subject} and ends with a {@code title-end} word. Such a title is taken wherever it stands above the
 * body, the first that also names a unit or a year before one that names neither (a site's column name); failing one, the first line that is not passed over is taken as the title the way a reader would, if it ends
 * like one or names a title word (older reports write "…工作总结"). The search stops where the body begins: at a
 * heading or a sentence.
 */
final class TitleFinder {
    /** How many lines below the top a title is looked for. */
    private static final int SEARCH_LINES = 30;
    private static final int MAX_TITLE_LINES = 3;
    /** A short last line that completes a title ending too early ("关于…情况" / "的报告"). */
    private static final int MAX_TAIL = 10;
    private static final Pattern YEAR_DIGITS = Pattern.compile(
            "(?:19|20)[0-9]{2}|二[〇零][〇零一二三四五六七八九]{2}");

    /** The title and where it stands: from line {@code start}, {@code lines} lines. */
    record Found(int start, int lines, String title) {
    }

    private final IntPredicate passedOver;
    private final IntPredicate titleLike;
    private List<Line> lines;

    /**
     * @param passedOver lines above the title that are not the title (chrome, metadata, letterhead, date)
     * @param titleLike  lines that can be part of a title
     */
    TitleFinder(IntPredicate passedOver, IntPredicate titleLike) {
        this.passedOver = passedOver;
        this.titleLike = titleLike;
    }

    Found find(List<Line> lines, int from, int end) {
        this.lines = lines;
        Found first = null;
        Found named = null;
        boolean atFirst = true;
        for (int i = from; i < end && i < from + SEARCH_LINES; i++) {
            String text = lines.get(i).text();
            if (HeadingMarker.at(text) != null || text.contains("。")) {
                break;
            }
            if (passedOver.test(i)) {
                continue;
            }
            Found candidate = at(i, true);
            if (candidate != null && isSpecific(candidate.title())) {
                return candidate;
            }
            if (named == null) {
                named = candidate;
            }
            if (atFirst) {
                first = at(i, false);
                atFirst = false;
            }
        }
        return named != null ? named : first;
    }

    /**
     * A title that says whose report or which year: a site's column name ("法治政府建设年度报告") names a 法治 report
     * too, but neither a unit nor a year.
     */
    private static boolean isSpecific(String title) {
        return FrontMatterWords.containsAny("org-unit", title) || YEAR_DIGITS.matcher(title).find();
    }

    /** The title starting at line {@code i}; when {@code naming}, only one that names a 法治 report. */
    private Found at(int i, boolean naming) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < MAX_TITLE_LINES && titleLike.test(i + n); n++) {
            text.append(lines.get(i + n).text());
            if (FrontMatterWords.endsWithAny("title-end", text.toString())) {
                int taken = n + 1 + (completedBy(i + n + 1, text) ? 1 : 0);
                String title = Titles.normalise(joined(i, taken));
                boolean names = FrontMatterWords.containsAny("title-subject", title);
                boolean stray = taken > 1 && !startsTitle(lines.get(i).text());
                return naming && (!names || stray) ? null : new Found(i, taken, title);
            }
        }
        String single = lines.get(i).text();
        if (!naming && titleLike.test(i) && FrontMatterWords.containsAny("title-word", single)) {
            return new Found(i, 1, Titles.normalise(single));
        }
        return null;
    }

    /**
     * Whether a line can begin a title that runs over lines: it names an organisation ("阳山县小江镇人民政府" /
     * "关于…") or a subject, or holds 关于 ("某某镇人民政府关于" / "2022年度…的报告"). A site's menu item ("互动交流", "走进某某") above a title does not.
     */
    private static boolean startsTitle(String line) {
        return FrontMatterWords.isOrganisation(line) || FrontMatterWords.containsAny("title-subject", line)
                || Folding.forMatching(line).contains("关于");
    }

    /** Whether a short next line ends the title again ("关于…建设情况" + "的报告"). */
    private boolean completedBy(int next, CharSequence sofar) {
        if (!titleLike.test(next)) {
            return false;
        }
        String tail = lines.get(next).text();
        return tail.length() <= MAX_TAIL && Folding.forRules(tail).startsWith("的")
                && FrontMatterWords.endsWithAny("title-end", sofar + tail);
    }

    private String joined(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            text.append(lines.get(i).text());
        }
        return text.toString();
    }
}

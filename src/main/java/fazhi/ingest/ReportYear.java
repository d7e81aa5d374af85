package fazhi.ingest;

import fazhi.text.Folding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a report is ABOUT, which is neither its signing year (000 is signed 2023年1月13日 and reports on
 * 2022) nor a plan year ("2026年度…主要安排" in 001). Evidence, strongest first: the title; a year that opens a
 * sentence of the preamble ("2022年，我镇…", "2021年度，…", "2023年以来"); a year in a heading of the measures,
 * leadership or shortcomings parts; a year that opens a sentence of those parts. Plan sections never count.
 */
final class ReportYear {
    /** A year such as 2022年 / 2022 年度 / 二〇二二年, not the end of a range such as 2021-2025年 or 2021至2025年. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9〇零一二三四五六七八九][-—–~～至到]?)(?<y>(?:19|20)[0-9]{2}|[二][〇零][〇零一二三四五六七八九]{2})\\s*年(?!代)");
    /** A year that opens a sentence: at the start, or after 。；！ or a newline, optionally after 在 / 回顾 / 今年是. */
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "(?:^|[。；！\\n])\\s*(?:在|回顾|过去的|今年是|自)?\\s*(?<y>(?:19|20)[0-9]{2})\\s*年(?:度)?(?:以来|[，,、里中内])");

    private ReportYear() {
    }

    /** The year a report is about and which evidence decided it ("title", "preamble", "heading", "text"). */
    record Found(int year, String source) {
    }

    /** The year of the report from its title and sections, or null. */
    static Found find(String title, List<Section> sections) {
        Integer year = title == null ? null : firstYear(YEAR, title);
        if (year != null) {
            return new Found(year, "title");
        }
        for (Section s : sections) {
            if (year == null && s.category().equals(Category.PREAMBLE.id())) {
                year = firstYear(SENTENCE_YEAR, s.text());
            }
        }
        if (year != null) {
            return new Found(year, "preamble");
        }
        for (Section s : sections) {
            if (year == null && s.level() == 1 && describesPastYear(s)) {
                year = firstYear(YEAR, s.heading());
            }
        }
        if (year != null) {
            return new Found(year, "heading");
        }
        for (Section s : sections) {
            if (year == null && describesPastYear(s)) {
                year = firstYear(SENTENCE_YEAR, s.text());
            }
        }
        return year == null ? null : new Found(year, "text");
    }

    private static boolean describesPastYear(Section s) {
        return !s.category().equals(Category.PLANS.id()) && !s.category().equals(Category.PREAMBLE.id())
                && !s.category().equals(Category.OTHER.id());
    }

    private static Integer firstYear(Pattern pattern, String text) {
        Matcher m = pattern.matcher(Folding.forRules(text));
        if (!m.find()) {
            return null;
        }
        int year = Numerals.parse(m.group("y"));
        return year > 0 ? year : null;
    }
}

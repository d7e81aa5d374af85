package fazhi.ingest;

import fazhi.text.Folding;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a report is ABOUT, which is neither its signing year (000 is signed 2023年1月13日 and reports on
 * 2022) nor a plan year ("2026年度…主要安排" in 001). Evidence, strongest first, and the {@code yearSource} it gives:
 * <ol>
 *   <li>{@code title}: a year in the title line;</li>
 *   <li>{@code pageMeta}: a year in a web page's 名称/标题/题名 field;</li>
 *   <li>{@code preamble}: a year in the opening sentences of the text before the first heading, at the start or
 *       mid-sentence ("2022年，我镇…", "特将我镇2019年度法治政府建设工作情况报告如下");</li>
 *   <li>{@code heading}: a year in a top-level heading that is not the plans or other part
 *       ("一、2021年度法治建设工作基本情况");</li>
 *   <li>{@code text}: the year most often written in the headings and text of the other parts (the latest on a
 *       tie), e.g. "2024年度共受理…", "列入《2021年度理论学习计划》".</li>
 * </ol>
 * A year never counts when it is part of a range (纲要（2021—2025年）, 2021年至2025年), of a full date
 * (2023年1月13日: a signing or publishing date), names a plan ("2023年工作计划") or a target ("到2035年"), or lies
 * after the signing year.
 */
final class ReportYear {
    private static final String CN_DIGIT = "〇零一二三四五六七八九";
    private static final String RANGE = "[-—–~～至到]";
    /** A year such as 2022年 / 2022 年度 / 二〇二二年, not part of a range, of a full date or of a plan's name. */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9" + CN_DIGIT + "年]" + RANGE + "\\s?)(?<![0-9])(?<!到|至|力争|争取|力争在|争取在|预计)"
                    + "(?<y>(?:19|20)[0-9]{2}|二[〇零][" + CN_DIGIT + "]{2})\\s*年(?!代)"
                    + "(?!\\s*度?\\s*" + RANGE + ")"
                    + "(?!\\s*[0-9" + CN_DIGIT + "十]{1,2}\\s*月\\s*[0-9" + CN_DIGIT + "十]{1,3}\\s*[日号])"
                    + "(?!\\s*度?\\s*(?:工作)?(?:计划|打算|安排|思路|谋划))");
    /** Sentence ends that delimit the preamble's opening sentences. */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?；;\\n]+[。！？!?；;]?");
    /** How many sentences of the preamble count as its opening. */
    private static final int OPENING_SENTENCES = 3;
    /** A sentence shorter than this without a clause mark is a stray line (a site's menu), not prose. */
    private static final int MIN_PROSE = 12;

    private ReportYear() {
    }

    /** The year a report is about and which evidence decided it ("title", "pageMeta", "preamble", "heading", "text"). */
    record Found(int year, String source) {
    }

    /**
     * The year of the report, or null when none is stated.
     *
     * @param title      the title line found on the page, or null (a title copied from page metadata is not one)
     * @param metaTitles the values of the page metadata's name fields (名称, 标题, 题名)
     * @param sections   the report's sections
     * @param signedYear the year of the signing date, or null: no year after it (or after this year) is the
     *                   report's
     */
    static Found find(String title, List<String> metaTitles, List<Section> sections, Integer signedYear) {
        Bound bound = new Bound(signedYear != null ? signedYear : Year.now().getValue());
        Integer year = bound.first(title);
        if (year != null) {
            return new Found(year, "title");
        }
        for (String meta : metaTitles) {
            year = bound.first(meta);
            if (year != null) {
                return new Found(year, "pageMeta");
            }
        }
        for (Section s : sections) {
            if (s.category().equals(Category.PREAMBLE.id())) {
                year = bound.first(opening(s.text()));
                if (year != null) {
                    return new Found(year, "preamble");
                }
            }
        }
        for (Section s : sections) {
            if (s.level() > 0 && s.headingPath().size() == 1 && describesPastYear(s)) {
                year = bound.first(s.heading());
                if (year != null) {
                    return new Found(year, "heading");
                }
            }
        }
        year = bound.mostFrequent(sections);
        return year == null ? null : new Found(year, "text");
    }

    /** The first sentences of prose, passing over stray short lines that web pages leave above the text. */
    private static String opening(String preamble) {
        Matcher m = SENTENCE.matcher(preamble);
        StringBuilder opening = new StringBuilder();
        for (int n = 0; n < OPENING_SENTENCES && m.find(); ) {
            String sentence = m.group().strip();
            if (sentence.length() >= MIN_PROSE || sentence.contains("，") || sentence.contains(",")) {
                opening.append(sentence).append('\n');
                n++;
            }
        }
        return opening.toString();
    }

    private static boolean describesPastYear(Section s) {
        return !s.category().equals(Category.PLANS.id()) && !s.category().equals(Category.PREAMBLE.id())
                && !s.category().equals(Category.OTHER.id());
    }

    /** Years no later than the signing year (or this year, for an unsigned report). */
    private record Bound(int signedYear) {
        Integer first(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = YEAR.matcher(Folding.forRules(text));
            while (m.find()) {
                Integer year = accepted(m);
                if (year != null) {
                    return year;
                }
            }
            return null;
        }

        Integer mostFrequent(List<Section> sections) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Section s : sections) {
                if (s.level() > 0 && describesPastYear(s)) {
                    Matcher m = YEAR.matcher(Folding.forRules(s.heading() + "\n" + s.text()));
                    while (m.find()) {
                        Integer year = accepted(m);
                        if (year != null) {
                            counts.merge(year, 1, Integer::sum);
                        }
                    }
                }
            }
            Integer best = null;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) { // ascending: a tie goes to the later year
                if (best == null || e.getValue() >= counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }

        private Integer accepted(Matcher m) {
            int year = Numerals.parse(m.group("y"));
            return year > 0 && year <= signedYear ? year : null;
        }
    }
}

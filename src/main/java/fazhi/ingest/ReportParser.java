package fazhi.ingest;

import fazhi.text.CharClass;
import fazhi.text.Folding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a report's cleaned lines into metadata and sections. Like a recursive-descent parser it walks the lines with
 * tiny helpers ({@link #peek}, {@link #advance}, {@link #match}) and one method per construct: the signature block at
 * the end, the front matter (web-page metadata, letterhead, title, addressee) at the top, then the body. It never
 * throws on odd input: what it cannot determine becomes null and a warning naming the line.
 */
final class ReportParser {
    static final int MAX_SHORT_LINE = 60;
    /** A title naming a party committee and a government and both years runs longer than other short lines. */
    private static final int MAX_TITLE_LINE = 90;
    private static final int MAX_ADDRESSEE = 30;

    private final String reportId;
    private final List<Line> lines;
    private int current;
    private int end;

    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> pageMeta = new LinkedHashMap<>();
    private final List<Line> letterhead = new ArrayList<>();
    private final List<String> signatureOrgs = new ArrayList<>();
    private final List<Line> strayAboveTitle = new ArrayList<>();
    private String title;
    private boolean titleOnPage;
    private String addressee;
    private LocalDate date;
    private String closing;

    private ReportParser(String reportId, List<Line> lines) {
        this.reportId = reportId;
        this.lines = new ArrayList<>(lines); // the closing formula may be cut off the last line
        this.end = lines.size();
    }

    /** Parses a report; place fields stay null (the place resolver fills them). */
    static Report parse(String reportId, String source, List<Line> lines) {
        return new ReportParser(reportId, lines).report(source);
    }

    private Report report(String source) {
        bottom();
        frontMatter();
        List<Block> blocks = PageBreaks.join(body());
        List<Line> lead = new ArrayList<>(strayAboveTitle);
        String issuer = issuer(lead);
        List<Section> sections = SectionBuilder.build(reportId, lead, blocks, warnings);
        if (title == null) {
            warnings.add("no title line found");
        }
        ReportYear.Found year = ReportYear.find(titleOnPage ? title : null, metaTitles(), sections,
                date == null ? null : date.getYear());
        if (year == null) {
            warnings.add("the report year is stated neither in the title nor in the text");
        }
        return new Report(reportId, source, title, issuer, addressee, null, null, null, null, null, null,
                year == null ? null : year.year(), year == null ? null : year.source(),
                date == null ? null : date.toString(), closing, pageMeta, warnings, sections);
    }

    // ---- the bottom: web-page chrome, the signature block (issuing body and date), the closing formula ---------

    /**
     * Chrome at the very end is dropped below a signature or closing formula; without one, only widget rows and
     * site footers are (a breadcrumb-shaped last line is then report text).
     */
    private void bottom() {
        int body = end;
        while (body > 1 && Chrome.is(lines.get(body - 1).text())) {
            body--;
        }
        if (body < end && !closesTheReport(lines.get(body - 1).text())) {
            body = end;
            while (body > 1 && Chrome.isPageEnd(lines.get(body - 1).text())) {
                body--;
            }
        }
        end = body;
        signature();
        closing();
    }

    private boolean closesTheReport(String text) {
        return Dates.parseLine(text) != null || Closings.start(text) >= 0
                || isShortPlainLine(text) && FrontMatterWords.isOrganisation(text);
    }

    private void signature() {
        int i = end - 1;
        LocalDate signed = i > 0 ? Dates.parseLine(lines.get(i).text()) : null;
        if (signed != null) {
            i--;
        }
        while (signatureOrgs.size() < 2 && i > 0 && isSignatureOrg(lines.get(i).text(), signed != null)) {
            signatureOrgs.add(0, lines.get(i).text());
            i--;
        }
        if (signed != null || !signatureOrgs.isEmpty()) {
            date = signed;
            end = i + 1;
        }
    }

    /** A short line naming an organisation; right above a date any short unpunctuated line is the signer. */
    private boolean isSignatureOrg(String text, boolean aboveDate) {
        if (!isShortPlainLine(text) || Dates.parseLine(text) != null || HeadingMarker.at(text) != null) {
            return false;
        }
        return FrontMatterWords.isOrganisation(text) || (aboveDate && signatureOrgs.isEmpty());
    }

    /** "特此报告。" above the signature, alone on its line or ending the last paragraph, is the report's closing. */
    private void closing() {
        if (end < 2) {
            return;
        }
        Line last = lines.get(end - 1);
        int at = HeadingMarker.at(last.text()) == null ? Closings.start(last.text()) : -1;
        if (at == 0) {
            closing = last.text();
            end--;
        } else if (at > 0) {
            closing = Cleaner.trim(last.text().substring(at));
            lines.set(end - 1, new Line(last.number(), Cleaner.trim(last.text().substring(0, at))));
        }
    }

    // ---- the front matter at the top --------------------------------------------------------------------------

    /**
     * Web-page chrome, page metadata, letterhead, the title and a date, in any order, up to the body. The title is
     * looked for first (see {@link TitleFinder}); chrome above the body is dropped, stray lines above the title are
     * kept as text of the preamble.
     */
    private void frontMatter() {
        TitleFinder.Found found = new TitleFinder(this::isSkippedAboveTitle, this::isTitleLike).find(lines, current, end);
        while (current < end) {
            if (found != null && current == found.start()) {
                title = found.title();
                titleOnPage = true;
                current += found.lines();
            } else if (match(l -> Chrome.is(l.text()))) {
                continue; // chrome above the body
            } else if (metadata()) {
                continue;
            } else if (match(l -> PageTitles.of(l.text()) != null)) {
                pageMeta.put(PageTitles.KEY, previous().text());
            } else if (match(l -> isLetterheadAbove(found))) {
                letterhead.add(previous());
            } else if (title != null && match(l -> Titles.normalise(l.text()).equals(title))) {
                continue; // web copies repeat the title under the page metadata
            } else if (date == null && check(l -> Dates.parseLine(l.text()) != null)) {
                date = Dates.parseLine(advance().text());
            } else if (found != null && current < found.start()) {
                strayAboveTitle.add(advance());
            } else {
                break;
            }
        }
        if (title == null) {
            title = titleFromPageMeta();
        }
        if (date == null) {
            date = dateFromPageMeta();
        }
        if (match(this::isAddressee)) {
            addressee = previous().text();
        }
    }

    /** Lines the title search passes over: chrome, metadata, a page-title echo, a letterhead, a date. */
    private boolean isSkippedAboveTitle(int at) {
        String text = lines.get(at).text();
        return Chrome.is(text) || FrontMatterWords.metadata(text) != null || PageTitles.of(text) != null
                || Dates.parseLine(text) != null || isLetterheadAt(at);
    }

    /** A metadata line; a key whose value the page put on the next line takes that line. */
    private boolean metadata() {
        Map<String, String> pairs = check(this::isMetadata) ? FrontMatterWords.metadata(advance().text()) : null;
        if (pairs == null) {
            return false;
        }
        String lastKey = List.copyOf(pairs.keySet()).get(pairs.size() - 1);
        if (pairs.get(lastKey).isEmpty() && check(this::isMetadataValue)) {
            pairs.put(lastKey, advance().text());
        }
        pageMeta.putAll(pairs);
        return true;
    }

    private boolean isMetadataValue(Line line) {
        String text = line.text();
        return text.length() <= MAX_SHORT_LINE && !isMetadata(line) && HeadingMarker.at(text) == null
                && !Chrome.is(text) && !text.contains("。");
    }

    /** The metadata's name field, else the title part of a page-title echo. */
    private String titleFromPageMeta() {
        List<String> candidates = metaTitles();
        return candidates.isEmpty() ? null : Titles.normalise(candidates.get(0));
    }

    /** The values of the page metadata that name the report (名称, 标题, 题名), then a page-title echo's title. */
    private List<String> metaTitles() {
        List<String> found = new ArrayList<>();
        for (String key : FrontMatterWords.words("meta-title")) {
            String value = pageMeta.get(key);
            if (value != null && !value.isEmpty()) {
                found.add(value);
            }
        }
        String echo = pageMeta.get(PageTitles.KEY);
        if (echo != null) {
            found.add(PageTitles.of(echo));
        }
        return found;
    }

    /** A web page's 成文日期 is the signing date; its 发布日期 (publication) is not. */
    private LocalDate dateFromPageMeta() {
        for (String key : List.of("成文日期", "发文日期")) {
            LocalDate d = pageMeta.containsKey(key) ? Dates.parseLine(pageMeta.get(key)) : null;
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private boolean isMetadata(Line line) {
        return FrontMatterWords.metadata(line.text()) != null;
    }

    /**
     * A letterhead stands right above the title (or above another letterhead line); with the title found, an
     * organisation line right below it above a date is the issuer too ("某某镇人民政府" / "（2023年1月12日）"). A site's
     * banner ("某某县人民政府" above 政府信息公开 and the metadata) is none: it stays text.
     */
    private boolean isLetterheadAbove(TitleFinder.Found found) {
        if (!isLetterheadAt(current)) {
            return false;
        }
        if (found == null) {
            return title == null;
        }
        if (title != null) {
            return letterhead.isEmpty() && current + 1 < end && Dates.parseLine(lines.get(current + 1).text()) != null;
        }
        int next = current + 1;
        while (next < found.start() && isLetterheadAt(next)) {
            next++;
        }
        return next == found.start();
    }

    /** An organisation's name alone on a line above the title (红头), unless it starts the title ("…政府 / 关于…"). */
    private boolean isLetterheadAt(int at) {
        String text = lines.get(at).text();
        if (!isShortPlainLine(text) || !FrontMatterWords.isOrganisation(text)) {
            return false;
        }
        Line next = at + 1 < end ? lines.get(at + 1) : null;
        return next == null || !Folding.forRules(next.text()).startsWith("关于");
    }

    /**
     * A line that can be (part of) a title: short, plain, no lead-in ("…报告如下："), heading, date, metadata or
     * chrome, and not the last line.
     */
    private boolean isTitleLike(int at) {
        if (at + 1 >= end) {
            return false;
        }
        String text = lines.get(at).text();
        return isPlainLine(text, MAX_TITLE_LINE) && !text.endsWith("：") && !text.endsWith(":")
                && HeadingMarker.at(text) == null
                && Dates.parseLine(text) == null && FrontMatterWords.metadata(text) == null && !Chrome.is(text)
                && FrontMatterWords.labelCount(text) < 2;
    }

    private boolean isAddressee(Line line) {
        String text = line.text();
        String name = text.substring(0, Math.max(0, text.length() - 1));
        return text.length() <= MAX_ADDRESSEE && (text.endsWith("：") || text.endsWith(":"))
                && isShortPlainLine(name) && FrontMatterWords.containsAny("addressee", name)
                && HeadingMarker.at(text) == null;
    }

    /** Short, with no sentence or clause punctuation, and with at least one Chinese character. */
    static boolean isShortPlainLine(String text) {
        return isPlainLine(text, MAX_SHORT_LINE);
    }

    private static boolean isPlainLine(String text, int maxLength) {
        return text.length() <= maxLength && text.codePoints().anyMatch(CharClass::isHan)
                && text.chars().noneMatch(c -> "。，,；;！？".indexOf(c) >= 0);
    }

    // ---- the body ---------------------------------------------------------------------------------------------

    private List<Block> body() {
        HeadingLevels levels = new HeadingLevels();
        List<Block> blocks = new ArrayList<>();
        while (current < end) {
            Line line = advance();
            HeadingMarker marker = HeadingMarker.at(line.text());
            blocks.add(marker == null ? Block.paragraph(line) : Block.heading(line, marker, levels.next(marker)));
        }
        return blocks;
    }

    /** The issuer: the signature, else the letterhead, else the page's 发布机构; a different letterhead is kept as text. */
    private String issuer(List<Line> lead) {
        String signed = signatureOrgs.isEmpty() ? null : String.join(" ", signatureOrgs);
        String head = letterhead.isEmpty() ? null
                : String.join(" ", letterhead.stream().map(Line::text).toList());
        if (signed == null) {
            return head != null ? head : pageMeta.getOrDefault("发布机构", pageMeta.get("发文机关"));
        }
        if (head != null && !Titles.normalise(head).equals(Titles.normalise(signed))) {
            lead.addAll(letterhead);
        }
        return signed;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Line advance() {
        return lines.get(current++);
    }

    private Line previous() {
        return lines.get(current - 1);
    }

    private boolean check(Predicate<Line> test) {
        return current < end && test.test(lines.get(current));
    }

    private boolean match(Predicate<Line> test) {
        if (check(test)) {
            current++;
            return true;
        }
        return false;
    }
}

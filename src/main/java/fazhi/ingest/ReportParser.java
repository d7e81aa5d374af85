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
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_SHORT_LINE = 60;
    private static final int MAX_ADDRESSEE = 30;

    private final String reportId;
    private final List<Line> lines;
    private int current;
    private int end;

    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> pageMeta = new LinkedHashMap<>();
    private final List<String> letterhead = new ArrayList<>();
    private final List<String> signatureOrgs = new ArrayList<>();
    private String title;
    private String addressee;
    private LocalDate date;

    private ReportParser(String reportId, List<Line> lines) {
        this.reportId = reportId;
        this.lines = lines;
        this.end = lines.size();
    }

    /** Parses a report; place fields stay null (the place resolver fills them). */
    static Report parse(String reportId, String source, List<Line> lines) {
        return new ReportParser(reportId, lines).report(source);
    }

    private Report report(String source) {
        signature();
        frontMatter();
        List<Block> blocks = PageBreaks.join(body());
        List<String> lead = new ArrayList<>();
        String issuer = issuer(lead);
        List<Section> sections = SectionBuilder.build(reportId, lead, blocks, warnings);
        if (title == null) {
            warnings.add("no title line found");
        }
        ReportYear.Found year = ReportYear.find(title, sections);
        if (year == null) {
            warnings.add("the report year is stated neither in the title nor in the text");
        }
        return new Report(reportId, source, title, issuer, addressee, null, null, null, null, null, null,
                year == null ? null : year.year(), year == null ? null : year.source(), date == null ? null : date.toString(), null, pageMeta, warnings,
                sections);
    }

    // ---- the signature block at the end: issuing body and date -------------------------------------------------

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

    // ---- the front matter at the top --------------------------------------------------------------------------

    private void frontMatter() {
        while (current < end) {
            if (match(this::isMetadata)) {
                pageMeta.putAll(FrontMatterWords.metadata(previous().text()));
            } else if (title == null && match(this::isLetterhead)) {
                letterhead.add(previous().text());
            } else if (title == null && title()) {
                continue;
            } else if (title != null && match(l -> Titles.normalise(l.text()).equals(title))) {
                continue; // web copies repeat the title under the page metadata
            } else if (date == null && check(l -> Dates.parseLine(l.text()) != null)) {
                date = Dates.parseLine(advance().text());
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

    private boolean title() {
        int start = current;
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < MAX_TITLE_LINES && check(this::isTitleLike); n++) {
            text.append(advance().text());
            if (FrontMatterWords.endsWithAny("title-end", text.toString())) {
                title = Titles.normalise(text.toString());
                return true;
            }
        }
        current = start;
        if (check(l -> isTitleLike(l) && FrontMatterWords.containsAny("title-word", l.text()))) {
            title = Titles.normalise(advance().text());
            return true;
        }
        return false;
    }

    private String titleFromPageMeta() {
        for (String key : List.of("标题", "名称")) {
            String value = pageMeta.get(key);
            if (value != null && !value.isEmpty()) {
                return Titles.normalise(value);
            }
        }
        return null;
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

    /** An organisation's name alone on a line above the title (红头), unless it starts the title ("…政府 / 关于…"). */
    private boolean isLetterhead(Line line) {
        if (!isShortPlainLine(line.text()) || !FrontMatterWords.isOrganisation(line.text())) {
            return false;
        }
        Line next = current + 1 < end ? lines.get(current + 1) : null;
        return next == null || !Folding.forRules(next.text()).startsWith("关于");
    }

    private boolean isTitleLike(Line line) {
        String text = line.text();
        return isShortPlainLine(text) && !text.contains("。") && HeadingMarker.at(text) == null
                && Dates.parseLine(text) == null && !isMetadata(line) && current + 1 < end;
    }

    private boolean isAddressee(Line line) {
        String text = line.text();
        String name = text.substring(0, Math.max(0, text.length() - 1));
        return text.length() <= MAX_ADDRESSEE && (text.endsWith("：") || text.endsWith(":"))
                && isShortPlainLine(name) && FrontMatterWords.containsAny("addressee", name)
                && HeadingMarker.at(text) == null;
    }

    /** Short, with no sentence or clause punctuation, and with at least one Chinese character. */
    private static boolean isShortPlainLine(String text) {
        return text.length() <= MAX_SHORT_LINE && text.codePoints().anyMatch(CharClass::isHan)
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
    private String issuer(List<String> lead) {
        String signed = signatureOrgs.isEmpty() ? null : String.join(" ", signatureOrgs);
        String head = letterhead.isEmpty() ? null : String.join(" ", letterhead);
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

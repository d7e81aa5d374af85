package fazhi.ingest.extract;

import fazhi.ingest.PageShapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata block (索引号, 发文字号, 发布机构, 成文日期 … in a {@code <table>}, a {@code <ul>}, or a row of
 * "[ label ] value"), taken out of the page and written as "label：value" lines, which the parser reads into
 * {@code pageMeta}. A block is the element holding the most labels (two at least) in little text.
 */
final class MetadataBlocks {
    private static final List<String> KEYS = PageShapes.metadataKeys().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String KEY = "(" + String.join("|", KEYS) + ")";
    /** A label in running text: "索引号：", "[索引号]", "【发布机构】". */
    private static final Pattern LABEL = Pattern.compile("[\\[【〔]\\s*" + KEY + "\\s*[\\]】〕]|" + KEY + "\\s*[:：]");
    /** A cell or term that is nothing but a label, colon optional: <td>索引号</td>, <dt>发布机构：</dt>. */
    private static final Pattern BARE_LABEL = Pattern.compile("\\s*" + KEY + "\\s*[:：]?\\s*");
    private static final Pattern LABEL_COLON = Pattern.compile(KEY + "\\s*[:：]\\s*");
    private static final String LABEL_HOLDERS = "td, th, dt, span, label, b, strong, em, div, li, p";
    /** A metadata block is a few short rows, never a paragraph of the report. */
    private static final int MAX_CHARS = 800;
    private static final int MAX_BLOCKS = 3;

    private MetadataBlocks() {
    }

    /** Removes the page's metadata blocks and returns their "label：value" lines, in page order. */
    static List<String> take(Document page) {
        List<Element> blocks = new ArrayList<>();
        for (int i = 0; i < MAX_BLOCKS; i++) {
            Element block = best(page);
            if (block == null) {
                break;
            }
            blocks.add(block);
            markLabels(block);
            block.remove();
        }
        List<String> lines = new ArrayList<>();
        for (Element block : blocks) {
            lines.addAll(joinLabelLines(BlockText.lines(block, false)));
        }
        return lines;
    }

    private static Element best(Document page) {
        Element best = null;
        int bestCount = 1;
        for (Element e : page.body().getAllElements()) {
            String text = e.text();
            if (text.length() > MAX_CHARS || text.contains("。")) {
                continue;
            }
            int count = labels(e).size();
            if (count > bestCount || (count == bestCount && best != null && e.parents().contains(best))) {
                best = e; // more labels wins; with as many, the innermost element (a wrapper adds nothing)
                bestCount = count;
            }
        }
        return best;
    }

    private static Set<String> labels(Element e) {
        Set<String> found = new HashSet<>();
        Matcher m = LABEL.matcher(e.text());
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        for (Element holder : e.select(LABEL_HOLDERS)) {
            Matcher bare = BARE_LABEL.matcher(holder.text());
            if (bare.matches()) {
                found.add(bare.group(1));
            }
        }
        return found;
    }

    /** A cell holding only a label gets its colon, so "索引号 | 0001" reads as "索引号：0001". */
    private static void markLabels(Element block) {
        for (Element holder : block.select(LABEL_HOLDERS)) {
            Matcher bare = BARE_LABEL.matcher(holder.text());
            if (bare.matches() && holder.children().isEmpty()) {
                holder.text(bare.group(1) + "：");
            }
        }
    }

    /** A label alone on its line ("发布机构：" above "小江镇人民政府") takes the next line as its value. */
    private static List<String> joinLabelLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (BARE_LABEL.matcher(line).matches() && i + 1 < lines.size()
                    && !BARE_LABEL.matcher(lines.get(i + 1)).matches()) {
                line = line + lines.get(++i);
            }
            out.add(LABEL_COLON.matcher(line).replaceAll("$1："));
        }
        return out;
    }
}

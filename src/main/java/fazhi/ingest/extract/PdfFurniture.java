package fazhi.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's page furniture: the running header and footer a word processor repeats on every page (the title, the
 * issuer, "第 3 页 共 9 页") and bare page numbers. A line is furniture when it stands among the first or last
 * {@value #EDGE} lines of its page and the same line, digits aside, stands there on at least half of the pages (two
 * at least); a page number ("3", "- 3 -", "第3页") at a page's edge is furniture on any page.
 */
final class PdfFurniture {
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－―─·•]{0,2}\\s*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?\\s*[-—–－―─·•]{0,2}"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}");

    private PdfFurniture() {
    }

    static List<String> remove(List<List<String>> pages) {
        Map<String, Integer> pagesAtEdge = new HashMap<>();
        for (List<String> page : pages) {
            edgeLines(page).stream().map(PdfFurniture::shape).distinct()
                    .forEach(shape -> pagesAtEdge.merge(shape, 1, Integer::sum));
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            List<String> edges = edgeLines(page);
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean atEdge = i < EDGE || i >= page.size() - EDGE;
                boolean furniture = atEdge && (PAGE_NUMBER.matcher(line.strip()).matches()
                        || pagesAtEdge.getOrDefault(shape(line), 0) >= repeated && edges.contains(line));
                if (!furniture) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static List<String> edgeLines(List<String> page) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < EDGE || i >= page.size() - EDGE) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    /** The line with its digits folded, so "第 3 页" and "第 4 页" are one running line. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}

package fazhi.ingest.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's article by where its text is dense, never by a site's ids: every run of text (not inside a link)
 * scores its block, the block's parent and, by half, its grandparent; sentences score extra. The best-scoring element
 * holds the paragraphs; it is then widened to a parent that adds little more (the title and date line above the
 * paragraphs) but never a menu of links.
 */
final class Articles {
    private static final Set<String> BLOCKS = Set.of("p", "div", "td", "li", "section", "article", "main", "body",
            "blockquote", "center", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table");
    private static final String SENTENCE_MARKS = "。，；、";
    private static final int SENTENCE_WEIGHT = 5;
    private static final String TITLE_SHAPES = "h1, h2, h3, [class~=(?i)title], [id~=(?i)title]";
    private static final int TITLE_MIN = 4;
    private static final int TITLE_MAX = 120;

    private Articles() {
    }

    /** The element holding the article's paragraphs, or null when the page has no text. */
    static Element find(Document page) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextNode text : textNodes(page.body())) {
            if (text.isBlank() || insideLink(text)) {
                continue;
            }
            Element block = blockOf(text);
            double weight = weight(text.text());
            add(scores, block, weight);
            if (block.parent() != null) {
                add(scores, block.parent(), weight);
                if (block.parent().parent() != null) {
                    add(scores, block.parent().parent(), weight / 2);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : page.body().getAllElements()) { // document order: on a tie the inner element wins
            double score = scores.getOrDefault(e, 0.0);
            if (score > bestScore || (score == bestScore && best != null && score > 0 && e.parents().contains(best))) {
                best = e;
                bestScore = score;
            }
        }
        return best == null ? null : widen(best);
    }

    /** Whether the article holds its own title (an h1–h3 or an element whose class or id says title). */
    static boolean holdsTitle(Element article) {
        return !article.select(TITLE_SHAPES).isEmpty();
    }

    /** The page's title element above the article: the last heading-shaped element before it, or null. */
    static Element titleAbove(Element article) {
        Document page = article.ownerDocument();
        List<Element> all = page.getAllElements();
        Map<Element, Integer> order = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int articleAt = order.get(article);
        Element title = null;
        for (Element candidate : page.select(TITLE_SHAPES)) {
            int at = order.get(candidate);
            int length = candidate.text().strip().length();
            if (at < articleAt && !article.parents().contains(candidate) && length >= TITLE_MIN
                    && length <= TITLE_MAX && !candidate.text().contains("。")
                    && (title == null || at > order.get(title)) && !title(candidate, title)) {
                title = candidate;
            }
        }
        return title;
    }

    /** A nested title shape (an h1 inside a div.title) is the same title: keep the outer one. */
    private static boolean title(Element candidate, Element current) {
        return current != null && candidate.parents().contains(current);
    }

    private static Element widen(Element best) {
        Element root = best;
        while (root.parent() != null && !root.parent().normalName().equals("body")) {
            Element parent = root.parent();
            int extra = parent.text().length() - root.text().length();
            int extraLinks = linkText(parent) - linkText(root);
            if (extra > Math.max(150, root.text().length() / 5) || extraLinks > 40) {
                break;
            }
            root = parent;
        }
        return root;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) {
            n += a.text().length();
        }
        return n;
    }

    private static List<TextNode> textNodes(Element root) {
        return root.stream().flatMap(e -> e.textNodes().stream()).toList();
    }

    private static boolean insideLink(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static Element blockOf(TextNode text) {
        Element e = (Element) text.parent();
        while (e.parent() != null && !BLOCKS.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }

    private static double weight(String text) {
        String s = text.strip();
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            if (SENTENCE_MARKS.indexOf(s.charAt(i)) >= 0) {
                marks++;
            }
        }
        return s.length() + SENTENCE_WEIGHT * marks;
    }

    private static void add(Map<Element, Double> scores, Element e, double weight) {
        scores.merge(e, weight, Double::sum);
    }
}

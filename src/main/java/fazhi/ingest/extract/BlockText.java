package fazhi.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The lines of a document tree as a reader sees them: every block element (paragraph, heading, list item, table row,
 * page) starts a line of its own, inline elements (strong, span, a, font) run on within it, and {@code <br>} breaks
 * the line. Used for saved web pages and for the XHTML Tika makes of Word files and PDFs, so both keep their lines
 * the same way.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot", "caption", "section", "article", "main",
            "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "body", "form", "fieldset");
    /** Cells of one table row stay on one line, apart. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private BlockText() {
    }

    /**
     * The non-blank lines below {@code root}.
     *
     * @param keepNewlines whether a newline inside a text node breaks the line (true for Tika's Word/PDF output,
     *                     where it is the document's line break; false for HTML source, where it is a space)
     */
    static List<String> lines(Element root, boolean keepNewlines) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(keepNewlines ? s.replace("\r\n", "\n").replace('\r', '\n')
                            : s.replaceAll("[ \\t\\r\\n\\f]+", " "));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        text.append('\n');
                    } else if (tag.equals("br")) {
                        text.append('\n');
                    } else if (CELLS.contains(tag)) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}

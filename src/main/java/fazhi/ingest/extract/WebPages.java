package fazhi.ingest.extract;

import fazhi.ingest.PageShapes;
import fazhi.ingest.ReportReadException;
import fazhi.ingest.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page read as a reader sees it: the page's metadata block (索引号, 发文字号, 发布机构 …) as
 * "label：value" lines, then the title, then the article's paragraphs and headings, one per line. Navigation,
 * headers, footers, widgets, scripts and styles are not read; the parser gets lines as from a text file.
 */
public final class WebPages {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Not page text at all, wherever they stand. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, audio, video, "
            + "svg, canvas, button, input, select, textarea, nav, aside, map, head";
    /** The site's header and footer; inside an {@code <article>} a header holds the article's own title. */
    private static final String PAGE_FRAME = "header, footer";
    private static final int HEAD = 4096;

    private WebPages() {
    }

    /** The page's text as lines (joined with newlines), or the reason it cannot be read. */
    public static String text(byte[] bytes) throws ReportReadException {
        Document page = Jsoup.parse(decode(bytes));
        String pageTitle = page.title().strip();
        page.select(NEVER_TEXT).remove();
        for (Element frame : page.select(PAGE_FRAME)) {
            if (frame.parent() != null && frame.closest("article, main") == null) { // an article's own header stays
                frame.remove();
            }
        }
        List<String> lines = new ArrayList<>(MetadataBlocks.take(page));
        Element article = Articles.find(page);
        if (article == null) {
            throw new ReportReadException("a web page without an article: no paragraphs of text were found");
        }
        Widgets.remove(article);
        List<String> body = BlockText.lines(article, false);
        Element heading = Articles.holdsTitle(article) ? null : Articles.titleAbove(article);
        if (heading != null) {
            lines.addAll(BlockText.lines(heading, false));
        } else if (!Articles.holdsTitle(article) && !pageTitle.isEmpty()) {
            lines.add(pageTitle); // the page title (often "<title>_<site>") stands in for a missing heading
        }
        lines.addAll(body);
        return String.join("\n", Widgets.trimEdges(lines));
    }

    /**
     * The page's characters: in the charset its own {@code <meta>} names (GB2312 and GBK read as their superset
     * GB18030, since pages labelled GB2312 routinely use GBK characters), else as a text file is decoded.
     */
    private static String decode(byte[] bytes) throws ReportReadException {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null) {
                try {
                    return declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException wrongLabel) {
                    // pages are often re-saved in another encoding without updating the label: detect instead
                }
            }
        }
        return TextDecoder.decode(bytes).text();
    }

    private static Charset charset(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb18030")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}

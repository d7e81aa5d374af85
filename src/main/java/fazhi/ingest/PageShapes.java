package fazhi.ingest;

import java.util.List;

/**
 * What the parser's rule tables say about the lines of a web page, for the format readers in {@code ingest.extract}:
 * they cut a page down to its report by the same words the parser uses, so the two never disagree.
 */
public final class PageShapes {
    private PageShapes() {
    }

    /** The labels of a page's metadata block (索引号, 发文字号, 发布机构 …), from {@code front-matter.tsv}. */
    public static List<String> metadataKeys() {
        return FrontMatterWords.words("meta-key");
    }

    /** Whether this line reads as page metadata ("索引号：…  发布机构：…", "[索引号]…"). */
    public static boolean isMetadata(String line) {
        return FrontMatterWords.metadata(Cleaner.trim(line)) != null;
    }

    /** Whether this line is nothing but web-page widgets or a breadcrumb ({@code chrome.tsv}). */
    public static boolean isChrome(String line) {
        return Chrome.is(Cleaner.trim(line));
    }
}

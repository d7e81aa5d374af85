package fazhi.ingest.place;

import java.util.List;

/**
 * Everything one string may name: 鼓楼区 names several counties, 吉林 a province (its stem) and so on.
 *
 * @param name          the string as matched (simplified Chinese)
 * @param refs          the divisions it names and in which form; empty for an ordinary word that is only the
 *                      name of a county (城区, 郊区): matched so that it ends a word, but evidence of nothing
 * @param needsBoundary whether the string only counts where no other word runs into it: township names made of
 *                      one character (高镇) or of an ordinary word (交通镇) are otherwise found inside ordinary
 *                      text ("提高镇域…", "交通镇区")
 */
record NameEntry(String name, List<NameRef> refs, boolean needsBoundary) {
}

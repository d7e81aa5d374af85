package fazhi.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins lines that a page break (or a converter's hard wrap) cut mid-sentence, as in seed 000: "…把学习宣传贯彻习近平法",
 * a blank line, "治思想与党的二十大精神…". A line continues onto the next when it does not end a sentence and the next
 * line is not a heading, and the line is
 * <ul>
 *   <li>a paragraph,</li>
 *   <li>a heading that runs on into its body ("1.党委政府加强党政机关法律顾问工作。我镇及各村委会" / "分别与…"),</li>
 *   <li>a bare marker ("（一）" alone, its words on the next line), or</li>
 *   <li>a level-3 item without a sentence end whose sibling items run on into their bodies: a list item cut by the
 *       page ("4.结合“12.4 国家宪法日”等特殊节假日，相继开展相关" / "主题宣传活动，…").</li>
 * </ul>
 * A heading that stands alone above its paragraph is never joined to it.
 */
final class PageBreaks {
    private PageBreaks() {
    }

    static List<Block> join(List<Block> blocks) {
        Map<Block, Boolean> siblingsRunOn = levelThreeSiblingsRunOn(blocks);
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && !block.isHeading() && !previous.endsSentence()) {
                if (previous.isHeading() && previous.text.length() == previous.marker.length()) {
                    previous.completeHeading(block); // the heading's own words, not a continuation
                    continue;
                }
                if (!previous.isHeading() || previous.runsOn() || siblingsRunOn.getOrDefault(previous, false)) {
                    previous.append(block);
                    continue;
                }
            }
            out.add(block);
        }
        return out;
    }

    /** For each level-3 heading: whether most of its sibling items (same parent) run on into their bodies. */
    private static Map<Block, Boolean> levelThreeSiblingsRunOn(List<Block> blocks) {
        Map<Block, List<Block>> groups = new HashMap<>();
        Block parent = null;
        for (Block b : blocks) {
            if (b.isHeading() && b.level < 3) {
                parent = b;
            } else if (b.isHeading()) {
                groups.computeIfAbsent(parent, p -> new ArrayList<>()).add(b);
            }
        }
        Map<Block, Boolean> result = new HashMap<>();
        for (List<Block> group : groups.values()) {
            long runOn = group.stream().filter(Block::runsOn).count();
            for (Block b : group) {
                long others = group.size() - 1;
                long othersRunOn = runOn - (b.runsOn() ? 1 : 0);
                result.put(b, others > 0 && othersRunOn * 2 > others);
            }
        }
        return result;
    }
}

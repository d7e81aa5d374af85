package fazhi.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides the level of each heading marker of one report, in reading order, the way a reader does: from the styles
 * the report has used so far and from the numbering. Most styles mean one level (一、 is level 1, （一） level 2);
 * Arabic {@code 1、} and {@code 1.} can mean level 1 or level 3:
 * <ul>
 *   <li>{@code 1、} at the top of a report that has no heading yet is level 1 (seed 004);</li>
 *   <li>under a heading, a number that continues the level-3 count is level 3 (001: 1. 2. under （一）);</li>
 *   <li>a number that continues the level-1 count is level 1 if its style prefers level 1 (002: 一 … 四、 then 5、);</li>
 *   <li>otherwise the style the report has already used at a level decides, then the style's preferred level.</li>
 * </ul>
 * Numbering may repeat or skip; it only breaks ties.
 */
final class HeadingLevels {
    private String levelOneKind;
    private final Set<String> levelThreeKinds = new HashSet<>();
    private int lastLevelOne;
    private boolean levelTwoOpen;
    private int lastLevelThree;

    /** The level of this marker, remembering it for the headings that follow. */
    int next(HeadingMarker marker) {
        int level = marker.levels().size() == 1 ? marker.preferredLevel() : resolve(marker);
        remember(marker, level);
        return level;
    }

    private int resolve(HeadingMarker marker) {
        String kind = marker.kind();
        if (levelOneKind == null && !levelTwoOpen) {
            return 1; // the report's first top-level heading sets its level-1 style
        }
        boolean fitsOne = marker.number() == lastLevelOne + 1;
        boolean fitsThree = marker.number() == lastLevelThree + 1;
        boolean prefersOne = marker.preferredLevel() == 1;
        if (fitsThree != fitsOne) {
            return fitsThree || !(prefersOne || kind.equals(levelOneKind)) ? 3 : 1;
        }
        if (levelThreeKinds.contains(kind)) {
            return 3;
        }
        return kind.equals(levelOneKind) ? 1 : 3;
    }

    private void remember(HeadingMarker marker, int level) {
        switch (level) {
            case 1 -> {
                if (levelOneKind == null) {
                    levelOneKind = marker.kind();
                }
                lastLevelOne = marker.number();
                levelTwoOpen = false;
                lastLevelThree = 0;
            }
            case 2 -> {
                levelTwoOpen = true;
                lastLevelThree = 0;
            }
            default -> {
                levelThreeKinds.add(marker.kind());
                lastLevelThree = marker.number();
            }
        }
    }
}

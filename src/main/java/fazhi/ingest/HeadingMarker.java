package fazhi.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading marker found at the start of a line (一、 （一） (1) 1、 1. …), read from {@code heading-markers.tsv}.
 *
 * @param kind   the marker style, e.g. {@code paren}
 * @param levels the levels this style can mean, preferred first
 * @param number the number the marker carries (一 → 1, （12） → 12)
 * @param length how many characters of the line the marker (and the spaces after it) take
 */
public record HeadingMarker(String kind, List<Integer> levels, int number, int length) {
    private record Style(String kind, List<Integer> levels, Pattern pattern) {
    }

    private static final List<Style> STYLES = new ArrayList<>();

    static {
        for (String[] row : Rules.tsv("heading-markers.tsv")) {
            List<Integer> levels = new ArrayList<>();
            for (String level : row[1].split(",")) {
                levels.add(Integer.parseInt(level.trim()));
            }
            STYLES.add(new Style(row[0], List.copyOf(levels), Pattern.compile(row[2])));
        }
    }

    /** The marker at the start of this trimmed line, or null when the line does not start with one. */
    public static HeadingMarker at(String line) {
        for (Style style : STYLES) {
            Matcher m = style.pattern().matcher(line);
            if (m.lookingAt()) {
                int number = Numerals.parse(m.group("n"));
                if (number > 0) {
                    return new HeadingMarker(style.kind(), style.levels(), number, m.end());
                }
            }
        }
        return null;
    }

    public int preferredLevel() {
        return levels.get(0);
    }
}

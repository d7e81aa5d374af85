package fazhi.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a report's body blocks into sections: one per heading, holding the text up to the next heading of any level,
 * plus a level-0 preamble for text before the first heading. Each section knows its heading path and the statutory
 * part (category) that the top heading of its path opens.
 */
final class SectionBuilder {
    private final String reportId;
    private final List<String> warnings;
    private final List<Section> sections = new ArrayList<>();
    private final String[] path = new String[3];
    private final String[] categories = new String[3];
    private String heading = "";
    private LineStarts headingLines;
    private int level;
    private int line;
    private String category = Category.PREAMBLE.id();
    /** The section's text so far, paragraphs separated by '\n', and the file line of each piece of it. */
    private final StringBuilder text = new StringBuilder();
    private LineStarts.Builder textLines = new LineStarts.Builder();
    private int paragraphs;
    private final TopParts parts;

    private SectionBuilder(String reportId, List<String> warnings) {
        this.reportId = reportId;
        this.warnings = warnings;
        this.parts = new TopParts(warnings);
    }

    /** Sections of the blocks in order; warnings about unknown parts are added to {@code warnings}. */
    static List<Section> build(String reportId, List<Line> leadParagraphs, List<Block> blocks,
                               List<String> warnings) {
        SectionBuilder builder = new SectionBuilder(reportId, warnings);
        for (Line lead : leadParagraphs) {
            builder.addParagraph(lead.text(), LineStarts.of(lead.number()), 0);
        }
        for (Block block : blocks) {
            if (block.isHeading()) {
                builder.startSection(block);
            } else {
                builder.addParagraph(block.text, block.lineStarts(), 0);
            }
        }
        builder.finishSection();
        return builder.sections;
    }

    /** Adds a paragraph: {@code paragraph} starts at {@code from} of the block text whose pieces {@code source} maps. */
    private void addParagraph(String paragraph, LineStarts source, int from) {
        if (paragraphs++ > 0) {
            text.append('\n');
        }
        textLines.addRange(source, from, paragraph.length(), text.length());
        text.append(paragraph);
        if (level == 0 && line == 0) { // the preamble starts at its first paragraph
            line = source.lineAt(from);
        }
    }

    private void startSection(Block block) {
        finishSection();
        int split = HeadingSplit.end(block.text, block.marker.length(), block.joined);
        LineStarts pieces = block.lineStarts();
        heading = Cleaner.trim(block.text.substring(0, split));
        headingLines = new LineStarts.Builder().addRange(pieces, 0, heading.length(), 0).build();
        level = block.level;
        line = block.line;
        String runOn = Cleaner.trim(block.text.substring(split));
        if (!runOn.isEmpty()) {
            addParagraph(runOn, pieces, block.text.indexOf(runOn, split));
        }
        path[level - 1] = heading;
        Arrays.fill(path, level, path.length, null);
        categories[level - 1] = null;
        Arrays.fill(categories, level, categories.length, null);
        category = categoryOfTop(block);
    }

    /** The category of the top heading of the current path, decided once per top heading. */
    private String categoryOfTop(Block block) {
        for (int i = 0; i < block.level; i++) {
            if (path[i] == null) {
                continue;
            }
            if (categories[i] == null) {
                categories[i] = parts.next(path[i], block.line).id();
            }
            return categories[i];
        }
        return Category.OTHER.id();
    }

    private void finishSection() {
        boolean isPreamble = level == 0;
        if (isPreamble && paragraphs == 0) {
            return; // no text before the first heading: no preamble section
        }
        List<String> headingPath = isPreamble ? List.of()
                : Arrays.stream(path, 0, level).filter(Objects::nonNull).toList();
        String id = "%s-%03d".formatted(reportId, sections.size());
        int start = Math.max(line, 1);
        LineStarts textStarts = textLines.isEmpty() ? LineStarts.of(start) : textLines.build();
        sections.add(new Section(id, level, heading, headingPath, category, text.toString(), start,
                isPreamble ? LineStarts.of(start) : headingLines, textStarts));
        text.setLength(0);
        textLines = new LineStarts.Builder();
        paragraphs = 0;
    }
}

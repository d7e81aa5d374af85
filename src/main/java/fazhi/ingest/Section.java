package fazhi.ingest;

import java.util.List;

/**
 * One part of a report as a reader sees it: the text between one heading and the next heading of any level.
 *
 * @param id           stable id, {@code <reportId>-<ordinal>}; the same id is used in the index and the API
 * @param level        1–3 from the heading's marker (一、 / （一） / 1.), 0 for the text before the first heading
 * @param heading      the heading as written, marker included; empty for the preamble
 * @param headingPath  headings from the top down to and including this one; empty for the preamble
 * @param category     the statutory part of the report this section belongs to, one of {@link Category}'s names
 * @param text         the body text, original characters, paragraphs separated by '\n'
 * @param line         1-based line of the raw file where the section starts, for citing
 * @param headingLines the file line of each piece of the heading (one piece unless its words stand below a bare
 *                     marker)
 * @param textLines    the file line of each piece of the text: where each paragraph, and each line joined into one
 *                     across a page break, was read from
 */
public record Section(String id, int level, String heading, List<String> headingPath, String category, String text,
                      int line, LineStarts headingLines, LineStarts textLines) {
    public Section {
        headingPath = List.copyOf(headingPath);
    }

    /** A section written as a heading on {@code line} and each paragraph on a line of its own below it (the
     *  preamble's first paragraph on {@code line}): for sections made by hand rather than parsed. */
    public Section(String id, int level, String heading, List<String> headingPath, String category, String text,
                   int line) {
        this(id, level, heading, headingPath, category, text, line, LineStarts.of(line),
                LineStarts.byParagraph(heading.isEmpty() ? line : line + 1, text));
    }

    /** The file line of an occurrence starting at {@code offset} of the heading ({@code inHeading}) or the text. */
    public int lineAt(boolean inHeading, int offset) {
        return (inHeading ? headingLines : textLines).lineAt(offset);
    }
}

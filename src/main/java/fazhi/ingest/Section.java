package fazhi.ingest;

import java.util.List;

/**
 * One part of a report as a reader sees it: the text between one heading and the next heading of any level.
 *
 * @param id          stable id, {@code <reportId>-<ordinal>}; the same id is used in the index and the API
 * @param level       1–3 from the heading's marker (一、 / （一） / 1.), 0 for the text before the first heading
 * @param heading     the heading as written, marker included; empty for the preamble
 * @param headingPath headings from the top down to and including this one; empty for the preamble
 * @param category    the statutory part of the report this section belongs to, one of {@link Category}'s names
 * @param text        the body text, original characters, paragraphs separated by '\n'
 * @param line        1-based line of the raw file where the section starts, for citing
 */
public record Section(String id, int level, String heading, List<String> headingPath, String category, String text,
                      int line) {
    public Section {
        headingPath = List.copyOf(headingPath);
    }
}

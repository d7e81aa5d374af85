package fazhi.ingest;

import java.util.Arrays;

/**
 * Where the pieces of a section's heading or text were read from: the piece starting at {@code offsets[i]} (a UTF-16
 * index into the heading or text) up to the next offset lies on line {@code lines[i]} of the report file (1-based; for
 * web pages, Word files and PDFs, the line of the text their reader extracts, see {@code ingest.extract}). A new piece
 * starts wherever the parser put text of another file line next to it: a paragraph, a line joined across a page
 * break, a heading's words on the line below its bare marker. Only changes of line are kept, so a section whose
 * paragraphs each stand on one line has one entry per paragraph.
 *
 * @param offsets ascending, the first 0
 * @param lines   the file line of each piece, same length as {@code offsets}
 */
public record LineStarts(int[] offsets, int[] lines) {
    public LineStarts {
        if (offsets.length != lines.length || offsets.length == 0 || offsets[0] != 0) {
            throw new IllegalArgumentException("line starts need the same number of offsets and lines, from 0");
        }
        offsets = offsets.clone();
        lines = lines.clone();
    }

    /** All of it on one line. */
    public static LineStarts of(int line) {
        return new LineStarts(new int[] {0}, new int[] {line});
    }

    /** Each '\n'-separated paragraph of {@code text} on its own line, the first on {@code firstLine}: a text written
     *  one paragraph per line, with no blank line between. */
    public static LineStarts byParagraph(int firstLine, String text) {
        Builder b = new Builder();
        b.add(0, firstLine);
        int line = firstLine;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            b.add(i + 1, ++line);
        }
        return b.build();
    }

    /** The file line of the character at {@code offset} (an offset past the end is on the last piece's line). */
    public int lineAt(int offset) {
        int i = Arrays.binarySearch(offsets, offset);
        return lines[i >= 0 ? i : Math.max(0, -i - 2)];
    }

    public int size() {
        return offsets.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineStarts other && Arrays.equals(offsets, other.offsets)
                && Arrays.equals(lines, other.lines);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(lines);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("LineStarts[");
        for (int i = 0; i < offsets.length; i++) {
            s.append(i == 0 ? "" : ", ").append(offsets[i]).append('→').append(lines[i]);
        }
        return s.append(']').toString();
    }

    /** Collects pieces in order; a piece on the line of the one before adds nothing. */
    public static final class Builder {
        private int[] offsets = new int[4];
        private int[] lines = new int[4];
        private int size;

        /** The text from {@code offset} on was read from file line {@code line}. */
        public Builder add(int offset, int line) {
            if (size > 0 && offsets[size - 1] == offset) {
                size--; // the earlier piece is empty: the later one starts here
            }
            if (size > 0 && lines[size - 1] == line) {
                return this;
            }
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            offsets[size] = offset;
            lines[size] = line;
            size++;
            return this;
        }

        /**
         * Adds the pieces of {@code source} that lie in {@code [from, from + length)}, as if that stretch were
         * placed at offset {@code at} of the text being built.
         */
        public Builder addRange(LineStarts source, int from, int length, int at) {
            add(at, source.lineAt(from));
            for (int i = 0; i < source.offsets.length; i++) {
                int o = source.offsets[i];
                if (o > from && o < from + length) {
                    add(at + o - from, source.lines[i]);
                }
            }
            return this;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public LineStarts build() {
            return new LineStarts(Arrays.copyOf(offsets, size), Arrays.copyOf(lines, size));
        }
    }
}

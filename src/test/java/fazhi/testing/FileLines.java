package fazhi.testing;

import fazhi.ingest.ReportReader;
import fazhi.ingest.TextDecoder;
import fazhi.ingest.extract.DocumentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a report file, read from the file, to find by itself which line holds a character of a section: for
 * checking the line numbers the parser carries. A text file's lines are its decoded lines; a web page's, Word
 * file's or PDF's are the lines of the text its reader extracts, which is what "line" means for them.
 */
public final class FileLines {
    private static final int MAX_CONTEXT = 60;
    private final List<String> lines;

    private FileLines(List<String> lines) {
        this.lines = lines;
    }

    public static FileLines of(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = DocumentType.detect(bytes) == DocumentType.TEXT ? TextDecoder.decode(bytes).text()
                : ReportReader.text(file);
        return new FileLines(List.of(text.split("\r\n|\r|\n", -1)));
    }

    public int size() {
        return lines.size();
    }

    /**
     * The 1-based line of the file that holds the character at {@code at} of {@code source} (a section's heading or
     * text, paragraphs separated by '\n'), found by its context: of the lines holding the character, the one that
     * holds the most of its paragraph around it (the context reaching left plus the context reaching right, up to
     * {@value #MAX_CONTEXT} characters each way). 0 when two lines hold as much (a passage repeated word for word),
     * so the line cannot be told from the file.
     */
    public int lineOf(String source, int at) {
        int paragraphStart = source.lastIndexOf('\n', at - 1) + 1;
        int paragraphEnd = source.indexOf('\n', at);
        paragraphEnd = paragraphEnd < 0 ? source.length() : paragraphEnd;
        String self = source.substring(at, at + 1);
        int best = 0;
        int bestScore = -1;
        boolean tie = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.contains(self)) {
                continue;
            }
            int left = 0;
            while (at - left > paragraphStart && left < MAX_CONTEXT
                    && line.contains(source.substring(at - left - 1, at + 1))) {
                left++;
            }
            int right = 0;
            while (at + 1 + right < paragraphEnd && right < MAX_CONTEXT
                    && line.contains(source.substring(at, at + 2 + right))) {
                right++;
            }
            int score = left + right;
            if (score > bestScore) {
                best = i + 1;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? 0 : best;
    }
}

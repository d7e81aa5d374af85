package fazhi.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads one report file: bytes → text → cleaned lines → report with sections → placed in the divisions. */
public final class ReportReader {
    private ReportReader() {
    }

    /** The report in this file; a file that cannot be read as a report fails with the reason. */
    public static Report read(Path file) throws ReportReadException {
        String text = TextDecoder.decode(bytes(file)).text();
        List<Line> lines = Cleaner.clean(text);
        if (lines.isEmpty()) {
            throw new ReportReadException("no text: the file holds only white space or page furniture");
        }
        return Places.place(ReportParser.parse(ReportIdentity.idOf(text), file.toString().replace('\\', '/'), lines));
    }

    private static byte[] bytes(Path file) throws ReportReadException {
        try {
            if (Files.isDirectory(file)) {
                throw new ReportReadException("is a directory");
            }
            if (Files.size(file) > TextDecoder.MAX_BYTES) {
                throw new ReportReadException("file too large for a report (" + Files.size(file) / (1024 * 1024)
                        + " MB; the limit is " + TextDecoder.MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportReadException("no such file");
        } catch (IOException e) {
            throw new ReportReadException("cannot read the file: " + e.getMessage());
        }
    }
}

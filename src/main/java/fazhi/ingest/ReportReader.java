package fazhi.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads one report file: bytes → text → cleaned lines → report with sections → placed in the divisions. */
public final class ReportReader {
    private ReportReader() {
    }

    /** The report in this file; a file that cannot be read as a report fails with the reason. */
    public static Report read(Path file) throws ReportReadException {
        byte[] bytes = bytes(file);
        List<Line> lines = Cleaner.clean(TextDecoder.decode(bytes).text());
        if (lines.isEmpty()) {
            throw new ReportReadException("no text: the file holds only white space or page furniture");
        }
        return Places.place(ReportParser.parse(idOf(bytes), file.toString().replace('\\', '/'), lines));
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

    /**
     * A report's id is a hash of its bytes: stable across runs and machines, and the same report collected twice
     * (a common accident when reports are gathered by hand) is one report.
     */
    static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

package fazhi.ingest;

import fazhi.ingest.extract.DocumentType;
import fazhi.ingest.extract.OfficeDocuments;
import fazhi.ingest.extract.WebPages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Reads one report file: bytes → text → cleaned lines → report with sections → placed in the divisions. */
public final class ReportReader {
    private ReportReader() {
    }

    /** The report in this file; a file that cannot be read as a report fails with the reason. */
    public static Report read(Path file) throws ReportReadException {
        return read(file, file.toString());
    }

    /**
     * As {@link #read(Path)}, with the source the report names (e.g. the path relative to the folder indexed, so
     * that no server path reaches an answer).
     */
    public static Report read(Path file, String source) throws ReportReadException {
        return read(bytes(file), source);
    }

    /**
     * The report in these bytes (an upload, no larger than {@link TextDecoder#MAX_BYTES}), named by {@code source}.
     *
     * @throws UnsupportedFormatException the bytes are of a type fazhi does not read (an image, a spreadsheet …)
     * @throws ReportReadException        they are of a type it reads, but cannot be read as a report
     */
    public static Report read(byte[] bytes, String source) throws ReportReadException {
        String text = text(bytes);
        List<Line> lines = Cleaner.clean(text);
        if (lines.isEmpty()) {
            throw new ReportReadException("no text: the file holds only white space or page furniture");
        }
        return Places.place(ReportParser.parse(ReportIdentity.idOf(text), source.replace('\\', '/'), lines));
    }

    /**
     * The text whose lines a report's line numbers count (sections' {@code line} and {@link LineStarts}, warnings):
     * a text file as decoded; a web page, Word file or PDF as the lines its reader extracts (one per paragraph,
     * heading, list item or table row, the page's metadata block first), since such a file has no lines of its own.
     */
    public static String text(Path file) throws ReportReadException {
        return text(bytes(file));
    }

    /**
     * The file's text, by the type its content shows: text as it is decoded, web pages, Word files and PDFs through
     * their readers in {@code ingest.extract}, which hand the parser lines as from a text file.
     */
    private static String text(byte[] bytes) throws ReportReadException {
        DocumentType type = DocumentType.detect(bytes);
        return switch (type) {
            case TEXT -> TextDecoder.decode(bytes).text();
            case HTML -> WebPages.text(bytes);
            case DOCX, DOC, PDF -> OfficeDocuments.text(bytes, type);
            case OTHER -> throw new UnsupportedFormatException("not a report format fazhi reads: it is "
                    + DocumentType.mediaTypeOf(bytes) + "; fazhi reads text, web pages (.html), Word (.docx, .doc) "
                    + "and PDF files with a text layer");
        };
    }

    /** The file's bytes, refused by type before anything is read (a FIFO would block, a device never end) and read
     *  no further than the size limit whatever the file claims. */
    private static byte[] bytes(Path file) throws ReportReadException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new ReportReadException("is a directory");
            }
            if (!attrs.isRegularFile()) {
                throw new ReportReadException("not a regular file (a device, FIFO or socket); skipped unread");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            }
            if (bytes.length > TextDecoder.MAX_BYTES) {
                throw new ReportReadException("file too large for a report (" + Files.size(file) / (1024 * 1024)
                        + " MB; the limit is " + TextDecoder.MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ReportReadException("no such file");
        } catch (IOException e) {
            throw new ReportReadException("cannot read the file: " + e.getMessage());
        }
    }
}

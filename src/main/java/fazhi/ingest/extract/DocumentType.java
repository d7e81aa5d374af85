package fazhi.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The kind of a report file, detected from its bytes (Tika's magic and container detectors), never from its name: a
 * web page saved as ".txt" is a web page, a PDF renamed ".doc" is a PDF.
 */
public enum DocumentType {
    TEXT("text"),
    HTML("a web page"),
    DOCX("a Word document (.docx)"),
    DOC("an old Word document (.doc/.wps)"),
    PDF("a PDF document"),
    OTHER("another format");

    private static final Detector DETECTOR = new DefaultDetector();
    /** A page saved with text before its markup (a BOM, "<!-- saved from url=… -->", blank lines) that magic misses. */
    private static final Pattern MARKUP_START = Pattern.compile(
            "^(\\W{0,3}|\\s*<!--.*?-->)*\\s*<(!doctype\\s+html|html[\\s>]|head[\\s>]|meta\\s)", Pattern.DOTALL);
    private static final int SNIFF = 2048;

    private final String description;

    DocumentType(String description) {
        this.description = description;
    }

    /** In words, for messages: "a PDF document". */
    public String description() {
        return description;
    }

    public static DocumentType detect(byte[] bytes) {
        MediaType type = mediaType(bytes);
        String base = type.getBaseType().toString();
        return switch (base) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/pdf" -> PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-word.document.macroenabled.12",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template" -> DOCX;
            case "application/msword", "application/vnd.ms-works", "application/x-tika-msoffice" -> DOC;
            default -> base.startsWith("text/") || base.equals("application/octet-stream")
                    || base.equals("application/xml") ? textOrPage(bytes) : OTHER;
        };
    }

    /** The detected media type, e.g. "image/png", for a refusal that names what the file is. */
    public static String mediaTypeOf(byte[] bytes) {
        return mediaType(bytes).getBaseType().toString();
    }

    private static MediaType mediaType(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return DETECTOR.detect(in, new Metadata());
        } catch (IOException e) {
            return MediaType.OCTET_STREAM; // reading from memory does not fail; the text path explains the rest
        }
    }

    private static DocumentType textOrPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return MARKUP_START.matcher(head).find() ? HTML : TEXT;
    }
}

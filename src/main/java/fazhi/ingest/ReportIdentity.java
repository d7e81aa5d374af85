package fazhi.ingest;

import fazhi.text.Folding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When two report files are one report. Three keys, each defined here once:
 * <ul>
 *   <li>the <b>id</b> hashes the report's text, not its bytes, so one text saved as UTF-8, UTF-8 with BOM, GB18030
 *       or UTF-16, with any line ends, is one report with one id;</li>
 *   <li>the <b>source key</b> is the file's absolute, normalised path: a file indexed again (an edited copy) is the
 *       same report, whatever its text now says;</li>
 *   <li>the <b>identity key</b> is the place, year and title: the same report collected twice from different places
 *       (a town site and a county site), slightly differently cleaned, is still one report.</li>
 * </ul>
 * Whichever is indexed last replaces the other.
 */
public final class ReportIdentity {
    /** Hex digits of the SHA-256 kept as the id: 64 bits, ample for millions of reports. */
    private static final int ID_BYTES = 8;

    private ReportIdentity() {
    }

    /**
     * The id of a report with this decoded text: the first 16 hex digits of the SHA-256 of its normalised text in
     * UTF-8 (see {@link #normalise}).
     */
    public static String idOf(String decodedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalise(decodedText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The text as the id sees it: a leading byte-order mark dropped, CRLF and CR line ends turned into LF. Nothing
     * else changes, so any edit of a character gives a new id.
     */
    static String normalise(String text) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The key by which a file indexed again is the same report: its absolute path, normalised, with / separators. */
    public static String sourceKey(Path file) {
        return file.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /**
     * The key by which two files are the same report: township (with its county, city and province as far as known,
     * so that the many 城关镇 of different counties stay apart), year and title, folded as exact search folds them
     * (full-width = half-width, traditional = simplified, spaces ignored), since two sites rarely copy a title
     * character for character. Null when the township, year or title is unknown: such reports are matched only by
     * id and path, never merged with unrelated ones.
     */
    public static String identityKey(Report report) {
        if (report.township() == null || report.year() == null || report.title() == null) {
            return null;
        }
        return Stream.of(report.province(), report.city(), report.county(), report.township(),
                        report.year().toString(), report.title())
                .map(v -> Folding.forMatching(Objects.toString(v, "")))
                .collect(Collectors.joining("\u001f")); // a separator no name contains
    }
}

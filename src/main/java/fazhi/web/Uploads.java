package fazhi.web;

import fazhi.index.IndexUnavailableException;
import fazhi.index.IndexUpdates;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReadException;
import fazhi.ingest.ReportReader;
import fazhi.ingest.TextDecoder;
import fazhi.ingest.UnsupportedFormatException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/reports}: a report file sent as {@code multipart/form-data} (field {@code file}) is read like a
 * file given to {@code fazhi index --add} and indexed through the server's {@link IndexUpdates}, committed and
 * served before the answer. Off unless the server was given a token; every request must carry it as
 * {@code Authorization: Bearer TOKEN}. Each refusal happens before anything is written, so it leaves the index as
 * it was: 401 (no or wrong token), 413 (too large), 415 (a type fazhi does not read), 422 (a type it reads, but this
 * file cannot be read: damaged, encrypted, a scan without text), 503 (another process is writing the index).
 */
final class Uploads {
    /** The form field that carries the file. */
    static final String FIELD = "file";
    /** Room for the multipart envelope (boundaries, part headers) around the file in a request's length. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    /**
     * Uploads switched on.
     *
     * @param token    what {@code Authorization: Bearer} must carry
     * @param maxBytes the largest file accepted, at most {@link TextDecoder#MAX_BYTES} (no larger file is read)
     * @param updates  the server's writer of the index it serves
     */
    record Config(String token, long maxBytes, IndexUpdates updates) {
        Config {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("an upload token must not be empty");
            }
            if (maxBytes < 1 || maxBytes > TextDecoder.MAX_BYTES) {
                throw new IllegalArgumentException("the upload limit must be 1 byte to "
                        + TextDecoder.MAX_BYTES / (1024 * 1024) + " MB, the size of the largest report fazhi reads");
            }
        }
    }

    /** The answer to an upload: the report as parsed and now served. */
    record Uploaded(String id, String title, String source, String province, String city, String county,
                    String township, String divisionCode, Integer year, String yearSource, int sections,
                    List<String> warnings) {
        static Uploaded of(Report r) {
            return new Uploaded(r.id(), r.title(), r.source(), r.province(), r.city(), r.county(), r.township(),
                    r.divisionCode(), r.year(), r.yearSource(), r.sections().size(), r.warnings());
        }
    }

    private final Config config; // null: uploads are off

    Uploads(Config config) {
        this.config = config;
    }

    boolean enabled() {
        return config != null;
    }

    /** The multipart limit Jetty enforces while reading a request without a length. */
    long maxBytes() {
        return config == null ? 0 : config.maxBytes();
    }

    void upload(Context ctx) throws IOException {
        try {
            accept(ctx);
        } catch (ApiException e) {
            // refused, often before its body was read: the rest of a body of acceptable length is read and dropped,
            // so the connection can serve the next request; a longer one closes the connection
            if (!discardBody(ctx)) {
                ctx.header("Connection", "close");
            }
            throw e;
        }
    }

    /**
     * Reads what is left of a refused request's body and drops it, when its length is known and no more than the
     * largest request accepted.
     *
     * @return false when the body is left unread
     */
    private boolean discardBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length < 0 || length > maxBytes() + ENVELOPE_BYTES) {
            return false;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException | RuntimeException e) { // already read by a failed form parse, or the client left
            return false;
        }
    }

    private void accept(Context ctx) throws IOException {
        if (config == null) {
            throw new ApiException(403, "uploads_off", "uploads are off on this server (start it with "
                    + "--upload-token TOKEN or FAZHI_UPLOAD_TOKEN to allow them)");
        }
        authorize(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxBytes() + ENVELOPE_BYTES) {
            throw tooLarge(length);
        }
        UploadedFile file = file(ctx);
        Report report;
        try {
            report = ReportReader.read(content(file), "upload/" + fileName(file.filename()));
        } catch (UnsupportedFormatException e) {
            throw new ApiException(415, "unsupported_type", e.getMessage());
        } catch (ReportReadException e) {
            throw new ApiException(422, "unreadable", e.getMessage());
        }
        try {
            // no file of the server's: the report is the same as an indexed one by id or place + year + title
            config.updates().apply(indexer -> {
                indexer.put(report, null);
                return true;
            });
        } catch (IndexUnavailableException e) {
            ctx.header("Retry-After", "5");
            throw new ApiException(503, "busy", "the index cannot be written now (" + e.getMessage() + ")");
        }
        ctx.header("Location", "/api/reports/" + report.id());
        WebJson.answer(ctx.status(201), Uploaded.of(report));
    }

    private void authorize(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "bearer ";
        boolean ok = header != null && header.length() > prefix.length()
                && header.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)
                && MessageDigest.isEqual(header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8)); // in constant time: no guessing by timing
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", header == null
                    ? "an upload needs the header Authorization: Bearer TOKEN (the server's upload token)"
                    : "the upload token is wrong");
        }
    }

    /** The one file of the form; the form's other fields are ignored. */
    private UploadedFile file(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw ApiException.badParameter("send the report as multipart/form-data, in a field named '" + FIELD
                    + "'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles(FIELD);
        } catch (Exception e) { // Jetty stops reading at the size limit ("max file size exceeded"), or bad form
            if (rootMessage(e).toLowerCase(Locale.ROOT).contains("size exceeded")) {
                throw tooLarge(-1);
            }
            throw ApiException.badParameter("the form could not be read (" + rootMessage(e) + ")");
        }
        if (files.size() != 1) {
            throw ApiException.badParameter("send exactly one file in the field '" + FIELD + "', not " + files.size());
        }
        UploadedFile file = files.get(0);
        if (file.size() > config.maxBytes()) {
            throw tooLarge(file.size());
        }
        return file;
    }

    private byte[] content(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) config.maxBytes() + 1);
        }
    }

    private ApiException tooLarge(long bytes) {
        return new ApiException(413, "too_large", "the file is too large" + (bytes < 0 ? "" : " (" + bytes
                + " bytes)") + "; this server accepts reports of up to " + config.maxBytes() + " bytes");
    }

    /** The name the report's {@code source} keeps: the file name alone, no folder of the sender's machine. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "report";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}

package fazhi.cli;

import fazhi.index.IndexUpdates;
import fazhi.ingest.TextDecoder;
import fazhi.web.WebApp;
import picocli.CommandLine.Option;

/** Uploads to {@code fazhi serve} ({@code POST /api/reports}): off unless a token is given (a picocli mixin). */
final class UploadOptions {
    private static final int MB = 1024 * 1024;

    @Option(names = "--upload-token", paramLabel = "TOKEN", defaultValue = "${env:FAZHI_UPLOAD_TOKEN}",
            description = "allow POST /api/reports (upload from the web page) with the header Authorization: Bearer "
                    + "TOKEN; off without it (env FAZHI_UPLOAD_TOKEN, which keeps the token out of the process list)")
    String token;

    @Option(names = "--upload-limit", paramLabel = "MB", defaultValue = "${env:FAZHI_UPLOAD_LIMIT:-20}",
            description = "largest file an upload may send, 1 to 20 MB (default: ${DEFAULT-VALUE}; env "
                    + "FAZHI_UPLOAD_LIMIT)")
    int limitMb;

    /** Why the options cannot be used, for a usage error; null when they can. */
    String problem() {
        if (limitMb < 1 || limitMb > TextDecoder.MAX_BYTES / MB) {
            return "--upload-limit must be 1 to " + TextDecoder.MAX_BYTES / MB + " MB (no larger report is read), not "
                    + limitMb;
        }
        if (token != null && token.isBlank()) {
            return "the upload token is empty; give one, or leave out --upload-token and FAZHI_UPLOAD_TOKEN to keep "
                    + "uploads off";
        }
        return null;
    }

    boolean enabled() {
        return token != null;
    }

    /** The settings with uploads switched on when a token was given. */
    WebApp.Settings apply(WebApp.Settings settings, IndexUpdates updates) {
        return enabled() ? settings.withUploads(token, (long) limitMb * MB, updates) : settings;
    }

    /** The start line's word on uploads, or null when they are off. */
    String startLine() {
        return enabled() ? "uploads on (POST /api/reports with the upload token, up to " + limitMb + " MB a file)"
                : null;
    }
}

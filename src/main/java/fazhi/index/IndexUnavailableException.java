package fazhi.index;

import java.io.IOException;

/**
 * The index folder cannot be used as asked: another process is writing it, it is not a folder, it cannot be created
 * or written, or its current commit is damaged or from another layout. The message is one line that names the folder
 * and the cause, fit to print as is; the command line exits with {@link #EXIT_CODE}.
 */
public class IndexUnavailableException extends IOException {
    /** The documented exit code of every command for this class of failure. */
    public static final int EXIT_CODE = 4;

    public IndexUnavailableException(String message) {
        super(message);
    }

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package fazhi.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder an index lives in, as a file-system object: created when missing, refused when it is a file or cannot be
 * written, and marked with the writing process's id so that a refused second writer can say who holds the lock. Each
 * refusal is one line naming the folder and the cause.
 */
final class IndexFolder {
    /** The writer's process id, beside Lucene's (empty) lock file, so a refused second writer can say who holds it. */
    static final String PID_FILE = "writer.pid";

    private IndexFolder() {
    }

    /** Creates the folder if it is missing; refuses a file in its place. */
    static void prepare(Path indexDir) throws IOException {
        if (Files.exists(indexDir)) {
            check(indexDir);
            return;
        }
        try {
            Files.createDirectories(indexDir);
        } catch (FileSystemException e) {
            throw new IndexUnavailableException("cannot create index folder " + indexDir + " ("
                    + reason(e) + ")", e);
        }
    }

    /** The folder, if it is one. */
    static Path check(Path indexDir) throws IndexUnavailableException {
        if (!Files.isDirectory(indexDir)) {
            throw new IndexUnavailableException("index " + indexDir + " is a file, not a folder; give --index a"
                    + " folder");
        }
        return indexDir;
    }

    static IndexUnavailableException unwritable(Path indexDir, FileSystemException e) {
        return new IndexUnavailableException("index " + indexDir + " cannot be written (" + reason(e) + ")", e);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    /** Marks the folder as written by this process. */
    static void writePid(Path indexDir) throws IOException {
        Files.writeString(indexDir.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    static void removePid(Path indexDir) throws IOException {
        Files.deleteIfExists(indexDir.resolve(PID_FILE));
    }

    /** The id of the process writing the folder, or "unknown". */
    static String writerPid(Path indexDir) {
        try {
            String pid = Files.readString(indexDir.resolve(PID_FILE), StandardCharsets.UTF_8).strip();
            return pid.matches("[0-9]{1,10}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}

package fazhi.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands command-line paths into report files: files as given, folders recursively (following symbolic links), in
 * a stable order. Nothing vanishes silently: a missing file, an unreadable entry, a link loop, a broken link or a
 * device or FIFO found in a folder is listed with the reason it cannot be read, and counts as a failed file.
 */
public final class ReportFiles {
    /**
     * One file to read.
     *
     * @param source  what the report names as its source: the path relative to the folder given (starting with the
     *                folder's own name), or the file name of a file given directly — never a server's absolute path
     * @param problem why it cannot be read, when known before reading (a link loop, a broken link, not a regular
     *                file); else null
     */
    public record ReportFile(Path path, String source, String problem) {
    }

    private ReportFiles() {
    }

    /** The files of these paths: see the class comment. */
    public static List<ReportFile> find(List<Path> paths) {
        List<ReportFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(new ReportFile(path, name(path), null));
            }
        }
        return files;
    }

    /** As {@link #find}, the paths only (the problems are found again when reading them). */
    public static List<Path> expand(List<Path> paths) {
        return find(paths).stream().map(ReportFile::path).toList();
    }

    private static List<ReportFile> walk(Path folder) {
        List<ReportFile> found = new ArrayList<>();
        String top = name(folder.toAbsolutePath().normalize());
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file)) {
                                found.add(new ReportFile(file, source(top, folder, file), problem(attrs)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "symbolic link loop: it leads back to a folder above it; not followed"
                                    : "cannot be read: " + e.getMessage();
                            found.add(new ReportFile(file, source(top, folder, file), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new ReportFile(folder, top, "cannot be read: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(ReportFile::path));
        return found;
    }

    private static String problem(BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) { // links are followed, so this one leads nowhere
            return "broken symbolic link";
        }
        return attrs.isRegularFile() ? null : "not a regular file (a device, FIFO or socket); skipped unread";
    }

    private static String source(String top, Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        return top.isEmpty() ? relative : top + "/" + relative;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}

package fazhi.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Expands command-line paths into report files: files as given, folders recursively, in a stable order. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Every regular, non-hidden file below each folder (sorted), and each named file as given even when it does not
     * exist. Nothing vanishes silently: a missing file or an unreadable folder entry is listed, and reading it then
     * fails with a message that names it.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static List<Path> walk(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file); // reading it will fail and name it
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}

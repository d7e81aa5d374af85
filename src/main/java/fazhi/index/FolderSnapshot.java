package fazhi.index;

import fazhi.ingest.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report files below a folder with their size and modification time, as {@link ReportFiles} finds them (hidden
 * files skipped, links followed): comparing two snapshots tells which files were added or changed and which are
 * gone, whatever events a file system did or did not send.
 */
record FolderSnapshot(Map<Path, Entry> files) {
    /** A file as last seen; {@code problem} when it cannot be read (a broken link, a FIFO …). */
    record Entry(ReportFiles.ReportFile file, long size, FileTime modified) {
    }

    /** What changed from one snapshot to the next. */
    record Changes(List<ReportFiles.ReportFile> readAgain, List<Path> gone) {
        boolean isEmpty() {
            return readAgain.isEmpty() && gone.isEmpty();
        }
    }

    static final FolderSnapshot EMPTY = new FolderSnapshot(Map.of());

    static FolderSnapshot of(Path folder) {
        Map<Path, Entry> files = new LinkedHashMap<>();
        for (ReportFiles.ReportFile f : ReportFiles.find(List.of(folder))) {
            files.put(f.path(), entry(f));
        }
        return new FolderSnapshot(Map.copyOf(files));
    }

    /** The files added or changed since {@code before}, and those no longer here. */
    Changes since(FolderSnapshot before) {
        List<ReportFiles.ReportFile> readAgain = new ArrayList<>();
        for (Entry now : files.values()) {
            Entry then = before.files.get(now.file().path());
            if (then == null || then.size() != now.size() || !Objects.equals(then.modified(), now.modified())
                    || !Objects.equals(then.file().problem(), now.file().problem())) {
                readAgain.add(now.file());
            }
        }
        List<Path> gone = before.files.keySet().stream().filter(p -> !files.containsKey(p)).sorted().toList();
        readAgain.sort((a, b) -> a.path().compareTo(b.path()));
        return new Changes(readAgain, gone);
    }

    private static Entry entry(ReportFiles.ReportFile f) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
            return new Entry(f, attrs.size(), attrs.lastModifiedTime());
        } catch (IOException e) { // gone meanwhile, or a broken link: read again when it shows up as something else
            return new Entry(f, -1, null);
        }
    }
}

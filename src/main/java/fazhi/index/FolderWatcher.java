package fazhi.index;

import fazhi.ingest.ReportFiles;
import fazhi.ingest.ReportReadException;
import fazhi.ingest.ReportReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a served index in step with a folder ({@code fazhi serve --watch DIR}): files added or changed below it are
 * indexed (replacing what was read from them before), files removed are taken out. File-system events only wake it
 * up; what changed is decided by comparing {@link FolderSnapshot}s, so a lost or merged event, a new subfolder or an
 * editor's save-by-rename cost nothing. Changes are collected until the folder has been quiet for {@link #QUIET}
 * (a copy in progress is not read half-way, usually), then indexed through {@link IndexUpdates} in batches of at
 * most {@link #BATCH} files, each committed whole. A file that cannot be read is named with its reason and the
 * others go on; a changed file that cannot be read keeps its previously indexed version until it is readable again.
 * On start the folder is compared with what the index holds from it: everything in it is read, and reports of
 * files that vanished while the server was down are removed.
 */
public final class FolderWatcher implements Closeable {
    /** Quiet time after the last event before the folder is compared. */
    static final Duration QUIET = Duration.ofMillis(500);
    /** A folder that never stops changing is still compared this often. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** Compared at least this often without any event (a file system that sends none, a missed subfolder). */
    static final Duration RESCAN = Duration.ofSeconds(30);
    /** After another process held the index: try again this soon. */
    static final Duration RETRY = Duration.ofSeconds(2);
    /** Files read per commit: an upload waits for one batch at most. */
    static final int BATCH = 200;

    /** Where the watcher says what it did ({@code events}) and what failed ({@code problems}), one line each. */
    public record Log(Consumer<String> events, Consumer<String> problems) {
    }

    private final Path folder;
    private final IndexUpdates updates;
    private final Log log;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean stopping;
    private FolderSnapshot indexed = null; // null: not compared with the index yet
    private String lastProblem;
    /** Folders that could not be watched (and were said so). */
    private final Set<Path> unwatched = new HashSet<>();

    public FolderWatcher(Path folder, IndexUpdates updates, Log log) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.updates = updates;
        this.log = log;
        this.watch = folder.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "folder-watch");
        thread.setDaemon(true);
    }

    /** Starts watching on a thread of its own; the first comparison with the index starts at once. */
    public FolderWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            Duration wait = Duration.ZERO;
            while (!stopping) {
                if (awaitChange(wait)) {
                    settle();
                }
                try {
                    wait = sync() ? RESCAN : RETRY;
                } catch (RuntimeException e) { // a bug must not end watching
                    problem("watch " + folder + ": unexpected error, trying again (" + e + ")");
                    wait = RETRY;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Waits for an event or until {@code timeout}; true when an event came. */
    private boolean awaitChange(Duration timeout) throws InterruptedException {
        WatchKey key = watch.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
            return false;
        }
        drain(key);
        return true;
    }

    /** Waits until no event has come for {@link #QUIET}, or {@link #LONGEST_WAIT} has passed. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        WatchKey key;
        while (System.nanoTime() < deadline
                && (key = watch.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drain(key);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents(); // what happened is read from the folder itself
        key.reset(); // false when its folder is gone: nothing more to do for it
    }

    /**
     * Compares the folder with what was indexed from it and indexes the difference.
     *
     * @return false when the index could not be written (another process holds it): try again soon
     */
    private boolean sync() {
        register();
        FolderSnapshot now = FolderSnapshot.of(folder);
        FolderSnapshot before = indexed == null ? FolderSnapshot.EMPTY : indexed;
        FolderSnapshot.Changes changes = now.since(before);
        try {
            if (indexed == null) {
                removeVanished(now);
            } else {
                for (int i = 0; i < changes.gone().size(); i += BATCH) {
                    remove(changes.gone().subList(i, Math.min(changes.gone().size(), i + BATCH)));
                }
            }
            List<ReportFiles.ReportFile> files = changes.readAgain();
            for (int i = 0; i < files.size() && !stopping; i += BATCH) {
                read(files.subList(i, Math.min(files.size(), i + BATCH)));
            }
            indexed = now;
            lastProblem = null;
            return true;
        } catch (IOException e) { // the index is being written by another process, or cannot be used now
            problem("watch " + folder + ": index not updated (" + e.getMessage() + "); trying again");
            return false;
        }
    }

    /** On start: reports of files below the folder that are not there any more. */
    private void removeVanished(FolderSnapshot now) throws IOException {
        updates.apply(indexer -> {
            Set<Path> vanished = indexer.filesUnder(folder);
            vanished.removeAll(now.files().keySet());
            for (Path file : vanished) {
                indexer.removeFile(file);
                log.events().accept("watch: removed " + file + " (gone from the folder)");
            }
            return !vanished.isEmpty();
        });
    }

    private void remove(List<Path> gone) throws IOException {
        updates.apply(indexer -> {
            for (Path file : gone) {
                indexer.removeFile(file);
                log.events().accept("watch: removed " + file);
            }
            return true;
        });
    }

    private void read(List<ReportFiles.ReportFile> files) throws IOException {
        updates.apply(indexer -> {
            int put = 0;
            for (ReportFiles.ReportFile f : files) {
                try {
                    if (f.problem() != null) {
                        throw new ReportReadException(f.problem());
                    }
                    int sections = indexer.put(ReportReader.read(f.path(), f.source()), f.path());
                    log.events().accept("watch: indexed " + f.path() + " (" + sections + " sections)");
                    put++;
                } catch (ReportReadException e) {
                    log.problems().accept("watch: failed: " + f.path() + ": " + e.getMessage());
                } catch (RuntimeException e) { // a parser bug must not stop the other files
                    log.problems().accept("watch: failed: " + f.path() + ": parser error (" + e + ")");
                }
            }
            return put > 0;
        });
    }

    /** Registers every folder of the tree (again: registering is idempotent, and new subfolders join). */
    private void register() {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            if (!dir.equals(folder) && name.startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            try {
                                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                            } catch (IOException e) { // unreadable or too many watches: the rescan still sees it
                                if (unwatched.add(dir)) { // said once per folder, not at every rescan
                                    log.problems().accept("watch: cannot watch " + dir + " (" + e.getMessage()
                                            + "); checked every " + RESCAN.toSeconds() + " s instead");
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // named as a failed file by the snapshot
                        }
                    });
        } catch (IOException e) {
            problem("watch: cannot list " + folder + " (" + e.getMessage() + ")");
        }
    }

    /** A problem is said once, not at every retry. */
    private void problem(String line) {
        if (!line.equals(lastProblem)) {
            log.problems().accept(line);
            lastProblem = line;
        }
    }

    /**
     * Stops watching. A batch being written is finished first (an interrupt could leave Lucene's files half
     * written), and none is begun after it.
     */
    @Override
    public void close() throws IOException {
        stopping = true;
        watch.close(); // wakes a waiting poll
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

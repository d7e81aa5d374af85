package fazhi.cli;

import java.io.PrintWriter;

/** A redrawn progress bar on a terminal; otherwise a plain line every few seconds, fit for logs. */
final class ProgressDisplay {
    private static final int WIDTH = 30;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastLine = System.nanoTime();
    private boolean drawn;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void update(int done, int total, int sections) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.printf("\r[%s%s] %d/%d files, %d sections", "#".repeat(filled), "-".repeat(WIDTH - filled), done,
                    total, sections);
            err.flush();
            drawn = true;
        } else if (System.nanoTime() - lastLine > LINE_EVERY_NANOS) {
            err.printf("indexing: %d/%d files, %d sections%n", done, total, sections);
            err.flush();
            lastLine = System.nanoTime();
        }
    }

    void done() {
        if (drawn) {
            err.println();
        }
    }
}

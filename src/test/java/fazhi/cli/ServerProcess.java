package fazhi.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar fazhi-search.jar ARGS} as a separate process, the way it is deployed, for the integration tests
 * (failsafe runs them after {@code package} and passes the jar's path as {@code fazhi.jar}). Its output lines are
 * collected as they come; {@link #serve} waits for serve's start line and reads the address from it.
 */
final class ServerProcess implements AutoCloseable {
    static final Pattern START_LINE =
            Pattern.compile("fazhi serve: (\\d+) reports, (\\d+) sections, (http://\\S+) \\(Ctrl-C stops\\)");
    private static final long START_SECONDS = 120; // a cold JVM on a busy 2-core machine

    final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();
    private String base;

    private ServerProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out);
        pump(process.getErrorStream(), err);
    }

    /** The jar built by {@code package}; tests that need it run at integration-test, when it exists. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("fazhi.jar", "target/fazhi-search.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no jar at " + jar.toAbsolutePath() + ": run these tests with mvn -B verify");
        }
        return jar;
    }

    /** Starts the jar in {@code dir} with only {@code env}'s FAZHI_* variables (none inherited). */
    static ServerProcess start(Path jarCopy, Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jarCopy.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("FAZHI_"));
        pb.environment().putAll(env);
        return new ServerProcess(pb.start());
    }

    /** Starts {@code serve} and waits for its start line. */
    static ServerProcess serve(Path jarCopy, Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(List.of(args));
        ServerProcess p = start(jarCopy, dir, env, all.toArray(String[]::new));
        p.awaitStart();
        return p;
    }

    /** The java running this test (the toolchain's JDK), for the child too. */
    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void pump(InputStream stream, List<String> into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (this) {
                        into.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        pumps.add(t);
    }

    private synchronized void awaitStart() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        boolean exited = false;
        while (base == null) {
            for (String line : out) {
                Matcher m = START_LINE.matcher(line);
                if (m.matches()) {
                    base = m.group(3);
                    return;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || exited) {
                throw new AssertionError("serve did not start; stdout " + out + ", stderr " + err);
            }
            exited = !process.isAlive(); // one more look at what it printed before it ended
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }

    /** The server's address from its start line, e.g. {@code http://127.0.0.1:41234}. */
    String base() {
        return base;
    }

    synchronized List<String> out() {
        return List.copyOf(out);
    }

    synchronized List<String> err() {
        return List.copyOf(err);
    }

    /** Waits until stdout has {@code count} lines. */
    void awaitLines(int count, long seconds) throws InterruptedException {
        await(() -> out.size() >= count, seconds, "fewer than " + count + " lines");
    }

    /** Waits until stdout has a line starting with {@code prefix}. */
    void awaitLine(String prefix, long seconds) throws InterruptedException {
        await(() -> out.stream().anyMatch(l -> l.startsWith(prefix)), seconds, "no line '" + prefix + "…'");
    }

    private synchronized void await(java.util.function.BooleanSupplier done, long seconds, String failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failure + ": " + out + ", stderr " + err);
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }

    /** Sends SIGTERM. (Through the process handle: {@link Process#destroy()} would also close our end of its
     *  output, losing what it prints while it stops.) */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Exit status, waiting up to {@code seconds}; all its output has been read when this returns. */
    int exit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + seconds + " s; stdout " + out() + ", stderr " + err());
        }
        for (Thread t : pumps) {
            t.join();
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

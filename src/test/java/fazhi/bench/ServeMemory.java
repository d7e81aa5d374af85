package fazhi.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory {@code fazhi serve} needs for a benchmark index: the server runs in a JVM of its own under a heap cap,
 * answers the peers' query mix over HTTP, then reports its live heap (used right after a full GC, via jcmd) and
 * its resident set (VmRSS, and VmHWM, the most it reached). Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.ServeMemory -Dargs="1000000 384m"</pre>
 */
public final class ServeMemory {
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 1_000_000;
        String cap = args.length > 1 ? args[1] : "384m";
        Path index = BenchData.folder("lucene", size);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path bin = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent();
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("java").toString(), "-Xmx" + cap,
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "fazhi.cli.Fazhi", "serve", "--index", index.toString(),
                "--port", Integer.toString(port), "--seeds", "/nonexistent")); // never rebuild the big index
        Path log = Files.createTempFile("fazhi-serve-memory", ".log");
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpBenchmark.LoadClient client = new HttpBenchmark.LoadClient(Duration.ofSeconds(120));
            String base = "http://127.0.0.1:" + port;
            waitForHealth(client, base, server, log);
            long t = System.nanoTime();
            for (int round = 0; round < 3; round++) {
                for (PeerQuery q : PeerQuery.MIX) {
                    client.get(URI.create(base + "/api/search?" + HttpBenchmark.queryString(q.request())), false);
                }
            }
            System.out.printf("%,d sections, -Xmx%s: served %d searches in %.1f s%n", size, cap,
                    3 * PeerQuery.MIX.size(), (System.nanoTime() - t) / 1e9);
            String pid = Long.toString(server.pid());
            run(bin.resolve("jcmd").toString(), pid, "GC.run");
            String heap = run(bin.resolve("jcmd").toString(), pid, "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
            Matcher committed = Pattern.compile("committed (\\d+)K").matcher(heap);
            if (used.find() && committed.find()) {
                System.out.printf("heap after full GC: %.1f MB used of %.1f MB committed%n",
                        Long.parseLong(used.group(1)) / 1024.0, Long.parseLong(committed.group(1)) / 1024.0);
            } else {
                System.out.println("heap: " + heap);
            }
            String status = Files.readString(Path.of("/proc/" + pid + "/status"));
            System.out.printf("RSS %s, most resident %s; index on disk %.1f MB (memory-mapped, in the page cache "
                    + "as the OS allows)%n", field(status, "VmRSS"), field(status, "VmHWM"),
                    BenchData.size(index) / 1e6);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void waitForHealth(HttpBenchmark.LoadClient client, String base, Process server, Path log)
            throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            try {
                client.get(URI.create(base + "/api/health"), false);
                return;
            } catch (Exception e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("server did not answer: " + Files.readString(log));
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static String field(String status, String name) {
        Matcher m = Pattern.compile(name + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? String.format("%.1f MB", Long.parseLong(m.group(1)) / 1024.0) : "unknown";
    }
}

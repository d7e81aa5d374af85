package fazhi.bench;

import fazhi.testing.TempDirs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;

/**
 * Start-up of the deployed jar: time from starting {@code java -jar fazhi-search.jar serve} until it first answers,
 * against a JVM hello-world started the same way in the same run. Not a test:
 * <pre>mvn -q package -DskipTests
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.StartupBenchmark</pre>
 * ({@code -Dargs=20} sets the number of rounds, default {@value #ROUNDS}; {@code -Dargs="10 /path/other.jar"} also
 * starts another build of the jar in every round, e.g. the commit before a change, on its own index of the seeds.)
 *
 * <p>"Ready to answer" is measured twice per start: the first {@code 200} from {@code GET /api/health} (polled every
 * {@value #POLL_MS} ms from the moment the process is started), then, sent as soon as health has answered, the first
 * {@code 200} from {@code GET /api/search?q=法律顾问} — what a user who opens the page at once waits for. The
 * hello-world (a class compiled here that prints one line) is timed to its first byte of output. Every variant runs
 * once per round, in turn, so a busy spell of the shared machine hits all of them; the figures are medians.
 *
 * <p>Variants: the jar as shipped; with the JDK's AOT cache ({@code -XX:AOTCache}, made by one training run here:
 * start, a few searches and pages, stop); with {@code --add-modules jdk.incubator.vector}; and, as the floor of any
 * server built like this one, a Javalin app with one route and nothing of fazhi ({@link NoopServer}, run from the
 * test classpath).
 */
public final class StartupBenchmark {
    static final int ROUNDS = 10;
    static final int POLL_MS = 5;
    private static final String SEARCH = "/api/search?q=" + URLEncoder.encode("法律顾问", StandardCharsets.UTF_8);
    private static final long GIVE_UP_SECONDS = 120;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One way of starting a server: the command before {@code --port N}. */
    private record Variant(String name, List<String> command, boolean searches) {
    }

    /** Milliseconds from start to the first answer of health and of search (search -1 when not asked), and the
     *  CPU time the server's process had used when health answered (all its threads: a figure the load of the
     *  shared machine moves less than wall time). */
    private record Start(double health, double search, double cpu) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : ROUNDS;
        Path jar = Path.of("target/fazhi-search.jar").toAbsolutePath();
        // a second jar (e.g. main's, built elsewhere) is started as one more variant, for before/after in one run
        Path other = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : null;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run mvn -q package -DskipTests first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path root = Files.createTempDirectory("fazhi-startup-bench");
        try {
            Path index = root.resolve("index");
            run(root, List.of(java, "-jar", jar.toString(), "index", "--index", index.toString(),
                    Path.of("seeds").toAbsolutePath().toString()));
            Path hello = helloWorld(root);
            List<String> serve = List.of("-jar", jar.toString(), "serve", "--index", index.toString());
            Path aot = root.resolve("fazhi.aot");
            train(root, java, aot, serve);

            List<Variant> variants = new ArrayList<>(List.of(
                    new Variant("serve (the jar as shipped)", concat(List.of(java), serve), true),
                    new Variant("serve, AOT cache", concat(List.of(java, "-XX:AOTCache=" + aot), serve), true),
                    new Variant("serve, --add-modules jdk.incubator.vector",
                            concat(List.of(java, "--add-modules", "jdk.incubator.vector"), serve), true),
                    new Variant("Javalin, one route, no fazhi (test classpath)", List.of(java, "-cp",
                            System.getProperty("java.class.path"), NoopServer.class.getName()), false)));
            if (other != null) { // its own index of the same seeds: it may read another index schema
                Path otherIndex = root.resolve("index-other");
                run(root, List.of(java, "-jar", other.toString(), "index", "--index", otherIndex.toString(),
                        Path.of("seeds").toAbsolutePath().toString()));
                variants.add(1, new Variant("serve, " + other, List.of(java, "-jar", other.toString(), "serve",
                        "--index", otherIndex.toString()), true));
            }
            System.out.printf("java %s, %d cores, %d rounds, load average %.1f at start%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), rounds, load());
            warmClient();
            List<Double> helloMs = new ArrayList<>();
            Map<Variant, List<Start>> starts = new LinkedHashMap<>();
            variants.forEach(v -> starts.put(v, new ArrayList<>()));
            for (int r = 0; r < rounds; r++) {
                helloMs.add(hello(java, hello));
                for (Variant v : variants) {
                    starts.get(v).add(serve(root, v));
                }
            }
            report(helloMs, starts, Files.size(aot));
            System.out.printf("load average %.1f at the end%n", load());
        } finally {
            TempDirs.delete(root);
        }
    }

    /** Hello.java, compiled into dir with the JDK's compiler. */
    private static Path helloWorld(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("hello"));
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] a) { "
                + "System.out.println(\"hello\"); } }\n");
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            throw new IllegalStateException("could not compile " + source);
        }
        return dir;
    }

    /** Milliseconds until the hello-world's first byte of output. */
    private static double hello(String java, Path dir) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", dir.toString(), "Hello").redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            if (in.read() < 0) {
                throw new IllegalStateException("hello-world printed nothing");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            in.transferTo(OutputStream.nullOutputStream());
            p.waitFor();
            return ms;
        }
    }

    /** The AOT cache's training run: start, the requests a user's first minute makes, stop (the cache is written
     *  when the JVM exits). */
    private static void train(Path root, String java, Path aot, List<String> serve) throws Exception {
        int port = freePort();
        List<String> command = concat(List.of(java, "-XX:AOTCacheOutput=" + aot), serve);
        Process p = start(root, concat(command, List.of("--port", Integer.toString(port))), "training");
        try {
            String base = "http://127.0.0.1:" + port;
            awaitOk(p, base + "/api/health", root, "training");
            for (String path : List.of(SEARCH, "/api/search?q=" + URLEncoder.encode("法律顧問 调解", StandardCharsets.UTF_8)
                    + "&mode=words", "/", "/app.js", "/api/facets", "/api/reports", "/metrics", "/api/health")) {
                get(base + path);
            }
            p.toHandle().destroy();
            if (!p.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS) || !Files.isRegularFile(aot)) {
                throw new IllegalStateException("the training run wrote no AOT cache: " + log(root, "training"));
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private static Start serve(Path root, Variant v) throws Exception {
        int port = freePort();
        long t0 = System.nanoTime();
        Process p = start(root, concat(v.command(), List.of("--port", Integer.toString(port))), "serve");
        try {
            String base = "http://127.0.0.1:" + port;
            awaitOk(p, base + "/api/health", root, "serve");
            double health = (System.nanoTime() - t0) / 1e6;
            double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(-1.0);
            double search = -1;
            if (v.searches()) {
                HttpResponse<String> r = get(base + SEARCH);
                if (r.statusCode() != 200 || !r.body().contains("\"total\"")) {
                    throw new IllegalStateException(v.name() + ": search answered " + r.statusCode() + " " + r.body());
                }
                search = (System.nanoTime() - t0) / 1e6;
            }
            p.toHandle().destroy();
            p.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            return new Start(health, search, cpu);
        } finally {
            p.destroyForcibly();
        }
    }

    private static Process start(Path root, List<String> command, String log) throws IOException {
        return new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(root.resolve(log + ".err").toFile()).start();
    }

    /** Polls url until it answers 200; a refused connection (not listening yet) is tried again. */
    private static void awaitOk(Process p, String url, Path root, String log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server ended (" + p.exitValue() + "): " + log(root, log));
            }
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(POLL_MS);
        }
        throw new IllegalStateException("no answer from " + url + " in " + GIVE_UP_SECONDS + " s: " + log(root, log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(GIVE_UP_SECONDS))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The client's own first request costs class loading in this JVM; pay it before anything is timed. */
    private static void warmClient() throws Exception {
        try (var server = NoopServer.start(0)) {
            for (int i = 0; i < 50; i++) {
                get("http://127.0.0.1:" + server.port() + "/api/health");
            }
        }
        for (int i = 0; i < 20; i++) { // a refused connection, as while polling
            try {
                get("http://127.0.0.1:" + freePort() + "/api/health");
            } catch (IOException expected) {
                // nothing listens there
            }
        }
    }

    private static void report(List<Double> helloMs, Map<Variant, List<Start>> starts, long aotBytes) {
        double hello = median(helloMs);
        System.out.printf("%n| run | first 200 from /api/health | ÷ hello-world | first 200 from /api/search "
                + "| ÷ hello-world | CPU used until health answered |%n|---|---|---|---|---|---|%n");
        System.out.printf("| JVM hello-world (first line printed) | %s | 1× | | | |%n", figure(helloMs));
        starts.forEach((v, list) -> {
            List<Double> health = list.stream().map(Start::health).toList();
            List<Double> search = list.stream().map(Start::search).filter(ms -> ms >= 0).toList();
            System.out.printf("| %s | %s | %.1f× | %s | %s | %.0f |%n", v.name(), figure(health),
                    median(health) / hello, search.isEmpty() ? "—" : figure(search),
                    search.isEmpty() ? "—" : String.format("%.1f×", median(search) / hello),
                    median(list.stream().map(Start::cpu).toList()));
        });
        System.out.printf("%nmedian (min–max) in ms; AOT cache file %.0f MB%n", aotBytes / 1e6);
    }

    private static String figure(List<Double> ms) {
        return String.format("**%.0f** (%.0f–%.0f)", median(ms), ms.stream().mapToDouble(d -> d).min().orElse(0),
                ms.stream().mapToDouble(d -> d).max().orElse(0));
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(d -> d).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(Path root, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve("setup.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + log(root, "setup"));
        }
    }

    private static String log(Path root, String name) throws IOException {
        Path file = root.resolve(name + (name.equals("setup") ? ".log" : ".err"));
        return Files.isRegularFile(file) ? Files.readString(file) : "(no output)";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

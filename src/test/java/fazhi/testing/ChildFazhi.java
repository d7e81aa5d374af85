package fazhi.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code fazhi} in a process of its own (same JVM binary and classpath as the tests), for what one process cannot
 * show: two writers racing, and a writer killed with SIGKILL.
 */
public final class ChildFazhi {
    private ChildFazhi() {
    }

    /** Starts {@code fazhi args…}; stdout and stderr go to files in {@code logs}. */
    public static Process start(Path logs, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "fazhi.cli.Fazhi"));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        return new ProcessBuilder(command)
                .redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile())
                .start();
    }

    /** How many reports a finished {@code fazhi index} child said it indexed. */
    public static int reportsIndexed(Path logs, String name) throws IOException {
        String out = Files.readString(logs.resolve(name + ".out"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("indexed (\\d+) reports").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException(name + " printed no summary: " + out);
        }
        return Integer.parseInt(m.group(1));
    }

    /** What a finished child wrote on stderr, without the JVM's own start-up warnings (incubator modules). */
    public static String stderr(Path logs, String name) throws IOException {
        return Files.readString(logs.resolve(name + ".err"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("WARNING: ")).collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * A folder of {@code count} distinct report files: the seeds over and over, each copy under a title of its own
     * so that no two files are the same report (same text, or same place, year and title).
     */
    public static Path corpus(Path folder, int count) throws IOException {
        List<Path> seeds;
        try (var files = Files.list(Path.of("seeds"))) {
            seeds = files.sorted().toList();
        }
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(String.format("r%05d.txt", i)),
                    "法治政府建设情况报告（第" + i + "份）\n" + text, StandardCharsets.UTF_8);
        }
        return folder;
    }
}

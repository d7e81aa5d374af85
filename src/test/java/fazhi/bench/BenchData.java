package fazhi.bench;

import fazhi.index.Fields;
import fazhi.index.IndexStore;
import fazhi.ingest.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Benchmark indexes too costly to build on every run (a million sections takes tens of minutes on the shared 2-core
 * machine), kept in a folder outside the repository ({@code -Dfazhi.benchData=DIR}, default
 * {@code /work/bench-data}) and reused while they are current: a Lucene index is rebuilt when its commit's schema
 * version is not {@link Fields#SCHEMA_VERSION}, a peer's when its marker file is missing.
 */
final class BenchData {
    private BenchData() {
    }

    static Path root() throws IOException {
        Path root = Path.of(System.getProperty("fazhi.benchData", "/work/bench-data"));
        Files.createDirectories(root);
        return root;
    }

    /** The folder for one engine's index of the generated corpus of {@code sections} (its requested size). */
    static Path folder(String engine, int sections) throws IOException {
        return root().resolve(engine + "-" + sections);
    }

    /** Whether the Lucene index in dir was built with the current schema. */
    static boolean luceneIsCurrent(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d) && Integer.toString(Fields.SCHEMA_VERSION).equals(
                    SegmentInfos.readLatestCommit(d).getUserData().get(IndexStore.SCHEMA_KEY));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds the reports into a one-segment index at dir through the project's own writer ({@link IndexStore}), in
     * {@code threads} shards built side by side and then merged (Lucene's addIndexes + forceMerge), so a million
     * sections take half the time on two cores; returns the seconds it took.
     */
    static double buildLucene(List<Report> reports, Path dir, int threads) throws Exception {
        long t0 = System.nanoTime();
        if (threads <= 1) {
            SearchBenchmark.index(reports, dir);
            return (System.nanoTime() - t0) / 1e9;
        }
        List<Path> shards = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Path shard = dir.resolveSibling(dir.getFileName() + ".shard" + t);
                shards.add(shard);
                List<Report> part = new ArrayList<>();
                for (int i = t; i < reports.size(); i += threads) {
                    part.add(reports.get(i));
                }
                done.add(pool.submit(() -> SearchBenchmark.index(part, shard)));
            }
            for (Future<Double> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        delete(dir);
        Files.createDirectories(dir);
        try (FSDirectory target = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(target, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false))) {
            Directory[] sources = new Directory[shards.size()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = FSDirectory.open(shards.get(i));
            }
            Map<String, String> data;
            try (DirectoryReader first = DirectoryReader.open(sources[0])) {
                data = new HashMap<>(first.getIndexCommit().getUserData()); // schema version, build time
            }
            writer.addIndexes(sources);
            writer.forceMerge(1);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            for (Directory d : sources) {
                d.close();
            }
        }
        for (Path shard : shards) {
            delete(shard);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static long size(Path dirOrFile) throws IOException {
        if (!Files.exists(dirOrFile)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dirOrFile)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

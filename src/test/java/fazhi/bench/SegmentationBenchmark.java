package fazhi.bench;

import fazhi.index.SmartcnWords;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word segmentation alone, SmartCN's tokenizer against {@link SmartcnWords} (the same words, found faster), over the
 * texts of the generated corpus, in turns in one JVM: CPU time of the calling thread per pass (median of the rounds
 * after a warm-up), characters per second, and a checksum of every token (term and offsets) of both, which must be
 * equal. Not a test:
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.bench.SegmentationBenchmark -Dargs=10000</pre>
 */
public final class SegmentationBenchmark {
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 7;

    public static void main(String[] args) throws Exception {
        // the pom passes its default ${args} ("parse seeds") when none are given: only a number counts
        int size = args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 10_000;
        List<String> texts = new ArrayList<>();
        for (Report r : GeneratedCorpus.build(SearchBenchmark.readSeeds(), size)) {
            for (Section s : r.sections()) {
                texts.add(s.text() == null ? "" : s.text());
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("java %s, %d sections, %.1f M characters%n", Runtime.version(), texts.size(), chars / 1e6);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[2][ROUNDS];
        long[] checksums = new long[2];
        List<Supplier<Tokenizer>> tokenizers = List.of(HMMChineseTokenizer::new, SmartcnWords::tokenizer);
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int t = 0; t < 2; t++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                checksums[t] = pass(tokenizers.get(t), texts);
                if (round >= 0) {
                    seconds[t][round] = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                }
            }
        }
        double smartcn = median(seconds[0]);
        double ours = median(seconds[1]);
        System.out.printf("SmartCN's tokenizer: %.2f s CPU (%.2f M characters/s)%n", smartcn, chars / smartcn / 1e6);
        System.out.printf("SmartcnWords:        %.2f s CPU (%.2f M characters/s)%n", ours, chars / ours / 1e6);
        System.out.printf("speed-up: %.2f×; same tokens: %s%n", smartcn / ours, checksums[0] == checksums[1]);
        if (checksums[0] != checksums[1]) {
            System.exit(1);
        }
    }

    /** Every token of every text, folded into a checksum of terms and offsets. */
    private static long pass(Supplier<Tokenizer> make, List<String> texts) throws IOException {
        long sum = 0;
        try (Tokenizer tokenizer = make.get()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            for (String text : texts) {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    sum = sum * 31 + term.toString().hashCode() * 17L + offset.startOffset() * 7L + offset.endOffset();
                }
                tokenizer.end();
                tokenizer.close();
            }
        }
        return sum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

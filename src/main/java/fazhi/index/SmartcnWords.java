package fazhi.index;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * SmartCN's word segmentation, token for token, at several times its speed: its tokenizer and its dictionaries, with
 * the candidate words of a sentence listed by {@link WordCandidates} and the best path through them found by
 * {@link Segmenter}, instead of SmartCN's HHMMSegmenter and BiSegGraph. Word segmentation was over half of a build:
 * two thirds of that went to looking up word pairs in SmartCN's nearly full hash table ({@link BigramFrequencies})
 * and allocating an object per pair, most of the rest to binary searches of its dictionary. The words are the same:
 * the same candidates in the same order, the same weights computed by the same expression, ties broken the same way
 * ({@code SmartcnWordsTest} compares both on the seeds, as written and folded, and on random text).
 */
public final class SmartcnWords {
    private static final Field WORD_SEGMENTER;
    private static final Field HHMM_SEGMENTER;

    static {
        try {
            WORD_SEGMENTER = accessible(HMMChineseTokenizer.class.getDeclaredField("wordSegmenter"));
            HHMM_SEGMENTER = accessible(Class.forName("org.apache.lucene.analysis.cn.smart.WordSegmenter")
                    .getDeclaredField("hhmmSegmenter"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("SmartCN's internals changed (lucene-analysis-smartcn "
                    + "upgraded?): " + e);
        }
    }

    private SmartcnWords() {
    }

    /** SmartCN's HMMChineseTokenizer, finding each sentence's best path with {@link Segmenter}. */
    public static Tokenizer tokenizer() {
        HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
        try {
            HHMM_SEGMENTER.set(WORD_SEGMENTER.get(tokenizer), new Segmenter());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return tokenizer;
    }

    /** SmartCN's own tokenizer, unchanged: what {@code SmartcnWordsTest} compares against. */
    static Tokenizer smartcnTokenizer() {
        return new HMMChineseTokenizer();
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    /**
     * SmartCN's segmenter with its own candidate graph, and a shortest path computed while the pairs are generated:
     * the edges into a word are met in the order BiSegGraph lists them, and a word's own distance is final before
     * any edge leaves it (edges only go from earlier to later starts), so keeping the first strictly smaller sum,
     * as BiSegGraph's Viterbi does, picks the same predecessor.
     */
    static final class Segmenter extends HHMMSegmenter {
        private static final double SMOOTH = 0.1;
        private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;
        private final BigramFrequencies pairs = BigramFrequencies.instance();

        @Override
        public List<SegToken> process(String sentence) {
            return bestPath(WordCandidates.of(sentence));
        }

        /** Tokens are in index order: by start offset (the sentence-begin token at -1 first, the end last). */
        private List<SegToken> bestPath(List<SegToken> tokens) {
            int n = tokens.size();
            SegToken[] t = tokens.toArray(SegToken[]::new);
            int maxStart = t[n - 1].startOffset; // the sentence-end token starts after every other
            // firstAt[s + 1]: index of the first token starting at s or later (starts run from -1 to maxStart)
            int[] firstAt = new int[maxStart + 3];
            Arrays.fill(firstAt, n);
            for (int i = n - 1; i >= 0; i--) {
                firstAt[t[i].startOffset + 1] = i;
            }
            for (int s = maxStart + 1; s >= 0; s--) {
                firstAt[s] = Math.min(firstAt[s], firstAt[s + 1]);
            }
            double[] distance = new double[n];
            int[] previous = new int[n];
            Arrays.fill(distance, Double.MAX_VALUE);
            distance[0] = 0;
            int i = 0;
            while (i < n && t[i].startOffset < maxStart) {
                int start = t[i].startOffset;
                int end = i;
                while (end < n && t[end].startOffset == start) {
                    end++;
                }
                for (int a = i; a < end; a++) {
                    int next = t[a].endOffset > maxStart ? n : firstAt[t[a].endOffset + 1];
                    if (next >= n) {
                        break; // as BiSegGraph: no word follows, and the rest of this start's words are skipped
                    }
                    relax(t, a, next, distance, previous);
                }
                i = end;
            }
            List<SegToken> path = new ArrayList<>();
            for (int at = n - 1; ; at = previous[at]) {
                path.add(t[at]);
                if (at == 0) {
                    break;
                }
            }
            java.util.Collections.reverse(path);
            return path;
        }

        /** The edges from word a to each word starting where the next words start (index next onwards). */
        private void relax(SegToken[] t, int a, int next, double[] distance, int[] previous) {
            double oneWordFreq = t[a].weight;
            double unseenPair = -Math.log(SMOOTH * (1.0 + oneWordFreq) / (Utility.MAX_FREQUENCE + 0.0)
                    + (1.0 - SMOOTH) * ((1.0 - TINY) * 0 / (1.0 + oneWordFreq) + TINY));
            long state = BigramFrequencies.firstWordState(t[a].charArray);
            int start = t[next].startOffset;
            for (int b = next; b < t.length && t[b].startOffset == start; b++) {
                int wordPairFreq = pairs.frequency(BigramFrequencies.hash(state, t[b].charArray));
                if (wordPairFreq == BigramFrequencies.ASK_SMARTCN) {
                    wordPairFreq = pairs.smartcnFrequency(t[a].charArray, t[b].charArray);
                }
                double weight = wordPairFreq == 0 ? unseenPair
                        : -Math.log(SMOOTH * (1.0 + oneWordFreq) / (Utility.MAX_FREQUENCE + 0.0)
                                + (1.0 - SMOOTH) * ((1.0 - TINY) * wordPairFreq / (1.0 + oneWordFreq) + TINY));
                double sum = distance[a] + weight;
                if (sum < distance[b]) {
                    distance[b] = sum;
                    previous[b] = a;
                }
            }
        }
    }
}

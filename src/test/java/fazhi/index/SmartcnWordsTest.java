package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.text.Folding;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** {@link SmartcnWords} must give SmartCN's words exactly: the same terms, offsets and types, on any text. */
class SmartcnWordsTest {
    private static List<String> words(Supplier<Tokenizer> make, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Tokenizer tokenizer = make.get()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + ":" + type.type());
            }
            tokenizer.end();
        }
        return out;
    }

    private static void assertSameWords(String text) throws IOException {
        List<String> smartcn = words(SmartcnWords::smartcnTokenizer, text);
        List<String> ours = words(SmartcnWords::tokenizer, text);
        assertEquals(smartcn, ours, () -> "words differ for: " + text);
    }

    private static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    @Test
    void finds_smartcns_words_in_every_seed_as_written_and_folded() throws IOException {
        for (String text : seedTexts()) {
            assertSameWords(text);
            assertSameWords(Folding.keepingSpaces(text));
        }
    }

    @Test
    void finds_smartcns_words_in_random_mixtures_of_what_reports_contain() throws IOException {
        // characters from the seeds (words the dictionaries know), plus digits, Latin letters in both widths,
        // punctuation of both widths, spaces, and characters outside the BMP
        StringBuilder pool = new StringBuilder();
        seedTexts().forEach(t -> t.codePoints().distinct().limit(1500).forEach(pool::appendCodePoint));
        pool.append("0123456789０１２３abcXYZａｂｃ，。、；：？！“”（）()-.% \t\n　");
        int[] codePoints = pool.toString().codePoints().toArray();
        int[] rare = "𠀀𪚥😀".codePoints().toArray();
        Random random = new Random(14);
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(n % 10 == 0 ? 400 : 40);
            for (int i = 0; i < length; i++) {
                s.appendCodePoint(random.nextInt(50) == 0 ? rare[random.nextInt(rare.length)]
                        : codePoints[random.nextInt(codePoints.length)]);
            }
            assertSameWords(s.toString());
        }
    }

    @Test
    void answers_every_word_pair_smartcn_holds_with_its_frequency() throws ReflectiveOperationException {
        Class<?> dictionary = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
        Method getInstance = dictionary.getDeclaredMethod("getInstance");
        getInstance.setAccessible(true);
        Object smartcn = getInstance.invoke(null);
        long[] ids = (long[]) accessible(dictionary.getDeclaredField("bigramHashTable")).get(smartcn);
        int[] frequencies = (int[]) accessible(dictionary.getDeclaredField("frequencyTable")).get(smartcn);
        BigramFrequencies ours = BigramFrequencies.instance();
        int entries = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != 0) {
                entries++;
                int f = ours.frequency(ids[i]);
                assertTrue(f == frequencies[i] || f == BigramFrequencies.ASK_SMARTCN, "pair id " + ids[i]);
            }
        }
        assertTrue(entries > 100_000, "SmartCN's table looks empty: " + entries);
        assertEquals(0, ours.frequency(12345L * 1_000_003L)); // an id SmartCN does not hold answers 0
    }

    @Test
    void computes_smartcns_pair_id_from_the_two_words() throws ReflectiveOperationException {
        Class<?> dictionary = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.AbstractDictionary");
        Method hash1 = dictionary.getDeclaredMethod("hash1", char[].class);
        hash1.setAccessible(true);
        Class<?> bigrams = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
        Method getInstance = bigrams.getDeclaredMethod("getInstance");
        getInstance.setAccessible(true);
        Object smartcn = getInstance.invoke(null);
        for (String[] pair : new String[][] {{"法律", "顾问"}, {"镇", "政府"}, {"依法", "行政"}, {"𠀀", "a"}}) {
            long expected = (long) hash1.invoke(smartcn, (Object) (pair[0] + "@" + pair[1]).toCharArray());
            assertEquals(expected, BigramFrequencies.hash(BigramFrequencies.firstWordState(pair[0].toCharArray()),
                    pair[1].toCharArray()));
        }
    }

    private static Field accessible(Field f) {
        f.setAccessible(true);
        return f;
    }
}

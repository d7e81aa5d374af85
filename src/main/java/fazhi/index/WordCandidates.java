package fazhi.index;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Every dictionary word a sentence could be cut into, as SmartCN's HHMMSegmenter lists them (its private
 * createSegGraph then makeIndex): the same tokens, in the same order, with the same frequencies. SmartCN answers
 * "which words start with these characters" by binary searches in its dictionary for every character of every
 * sentence (a fifth of a build); here each answer SmartCN gives is kept in a tree of the prefixes met, so a prefix
 * seen before costs one map lookup. Answers come from SmartCN's dictionary itself, so they are its answers. The tree
 * only grows below prefixes of dictionary words and stops growing at {@link #MAX_PREFIXES}.
 */
final class WordCandidates {
    /** About 100 bytes each: at most some 20 MB of heap, in every JVM that segments (serve too). The prefixes met
     *  first are the common ones, so the rest, asked of SmartCN each time, are few. */
    static final int MAX_PREFIXES = 200_000;
    private static final int NOT_A_WORD = -1;

    private static final Object DICTIONARY;
    private static final Method FREQUENCY;
    private static final Method PREFIX_MATCH;
    private static final Method IS_EQUAL;
    private static final int STRING_FREQUENCY;
    private static final int NUMBER_FREQUENCY;
    private static final int START_FREQUENCY;
    private static final int END_FREQUENCY;

    static {
        try {
            Class<?> dictionary = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary");
            Method getInstance = dictionary.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            DICTIONARY = getInstance.invoke(null);
            FREQUENCY = accessible(dictionary.getDeclaredMethod("getFrequency", char[].class));
            PREFIX_MATCH = accessible(dictionary.getDeclaredMethod("getPrefixMatch", char[].class, int.class));
            IS_EQUAL = accessible(dictionary.getDeclaredMethod("isEqual", char[].class, int.class));
            STRING_FREQUENCY = frequency(Utility.STRING_CHAR_ARRAY);
            NUMBER_FREQUENCY = frequency(Utility.NUMBER_CHAR_ARRAY);
            START_FREQUENCY = frequency(Utility.START_CHAR_ARRAY);
            END_FREQUENCY = frequency(Utility.END_CHAR_ARRAY);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("SmartCN's word dictionary changed (lucene-analysis-smartcn "
                    + "upgraded?): " + e);
        }
    }

    /** A run of characters that begins some dictionary word, with SmartCN's answers for it. */
    private static final class Prefix {
        /** SmartCN's getPrefixMatch: where the first word starting so lies in its list, or -1 for none. */
        final int found;
        /** Its frequency if it is itself a word SmartCN lists (one character: always), else {@link #NOT_A_WORD}. */
        final int frequency;
        final ConcurrentHashMap<Character, Prefix> next;

        Prefix(int found, int frequency) {
            this.found = found;
            this.frequency = frequency;
            this.next = found == -1 ? null : new ConcurrentHashMap<>(4);
        }
    }

    private static final Prefix[] FIRST = new Prefix[Character.MAX_VALUE + 1];
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private WordCandidates() {
    }

    /** The candidate tokens of a sentence, indexed in SmartCN's order: sentence start, the words, sentence end. */
    static List<SegToken> of(String sentence) {
        int length = sentence.length();
        List<SegToken> tokens = new ArrayList<>(length * 2 + 2);
        tokens.add(new SegToken(Utility.START_CHAR_ARRAY, -1, 0, WordType.SENTENCE_BEGIN, START_FREQUENCY));
        int[] types = new int[length];
        for (int i = 0; i < length; i++) {
            types[i] = Utility.getCharType(sentence.charAt(i));
        }
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < length) {
            int j = i + 1;
            switch (types[i]) {
                case CharType.SPACE_LIKE -> {
                }
                case CharType.SURROGATE -> {
                    int count = Character.charCount(Character.codePointAt(sentence, i));
                    char[] chars = sentence.substring(i, i + count).toCharArray();
                    tokens.add(new SegToken(chars, i, i + count, WordType.CHINESE_WORD, 0));
                    j = i + count;
                }
                case CharType.HANZI -> words(sentence, types, i, word, tokens);
                case CharType.LETTER, CharType.FULLWIDTH_LETTER -> {
                    j = runEnd(types, i, CharType.LETTER, CharType.FULLWIDTH_LETTER);
                    tokens.add(new SegToken(Utility.STRING_CHAR_ARRAY, i, j,
                            hasType(types, i, j, CharType.FULLWIDTH_LETTER) ? WordType.FULLWIDTH_STRING
                                    : WordType.STRING, STRING_FREQUENCY));
                }
                case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> {
                    j = runEnd(types, i, CharType.DIGIT, CharType.FULLWIDTH_DIGIT);
                    tokens.add(new SegToken(Utility.NUMBER_CHAR_ARRAY, i, j,
                            hasType(types, i, j, CharType.FULLWIDTH_DIGIT) ? WordType.FULLWIDTH_NUMBER
                                    : WordType.NUMBER, NUMBER_FREQUENCY));
                }
                case CharType.DELIMITER -> tokens.add(new SegToken(new char[] {sentence.charAt(i)}, i, j,
                        WordType.DELIMITER, Utility.MAX_FREQUENCE));
                default -> tokens.add(new SegToken(Utility.STRING_CHAR_ARRAY, i, j, WordType.STRING,
                        STRING_FREQUENCY));
            }
            i = j;
        }
        tokens.add(new SegToken(Utility.END_CHAR_ARRAY, length, length + 1, WordType.SENTENCE_END, END_FREQUENCY));
        for (int k = 0; k < tokens.size(); k++) {
            tokens.get(k).index = k;
        }
        return tokens;
    }

    /** The words starting at the Han character at i: itself, and every longer dictionary word (spaces skipped). */
    private static void words(String sentence, int[] types, int i, StringBuilder word, List<SegToken> tokens) {
        int length = sentence.length();
        word.setLength(0);
        word.append(sentence.charAt(i));
        Prefix prefix = first(sentence.charAt(i));
        tokens.add(new SegToken(new char[] {sentence.charAt(i)}, i, i + 1, WordType.CHINESE_WORD, prefix.frequency));
        int j = i + 1;
        while (prefix.found != -1) {
            if (word.length() > 1 && prefix.frequency != NOT_A_WORD) {
                char[] chars = new char[word.length()];
                word.getChars(0, chars.length, chars, 0);
                tokens.add(new SegToken(chars, i, j, WordType.CHINESE_WORD, prefix.frequency));
            }
            while (j < length && types[j] == CharType.SPACE_LIKE) {
                j++;
            }
            if (j >= length || types[j] != CharType.HANZI) {
                break;
            }
            word.append(sentence.charAt(j));
            prefix = longer(prefix, word);
            j++;
        }
    }

    private static Prefix first(char c) {
        Prefix p = FIRST[c];
        if (p == null) {
            char[] chars = {c};
            p = new Prefix(prefixMatch(chars, 0), frequency(chars));
            FIRST[c] = p; // a race only computes the same answers twice
        }
        return p;
    }

    /** The prefix one character longer than {@code shorter}, whose characters {@code word} now holds. */
    private static Prefix longer(Prefix shorter, StringBuilder word) {
        Character c = word.charAt(word.length() - 1);
        Prefix p = shorter.next.get(c);
        if (p == null) {
            char[] chars = new char[word.length()];
            word.getChars(0, chars.length, chars, 0);
            int found = prefixMatch(chars, shorter.found);
            p = new Prefix(found, found != -1 && isEqual(chars, found) ? frequency(chars) : NOT_A_WORD);
            if (PREFIXES.get() < MAX_PREFIXES && shorter.next.putIfAbsent(c, p) == null) {
                PREFIXES.incrementAndGet();
            }
        }
        return p;
    }

    private static int runEnd(int[] types, int i, int type, int fullWidth) {
        int j = i + 1;
        while (j < types.length && (types[j] == type || types[j] == fullWidth)) {
            j++;
        }
        return j;
    }

    private static boolean hasType(int[] types, int from, int to, int type) {
        for (int k = from; k < to; k++) {
            if (types[k] == type) {
                return true;
            }
        }
        return false;
    }

    private static int frequency(char[] chars) {
        return (int) call(FREQUENCY, chars);
    }

    private static int prefixMatch(char[] chars, int from) {
        return (int) call(PREFIX_MATCH, chars, from);
    }

    private static boolean isEqual(char[] chars, int found) {
        return (boolean) call(IS_EQUAL, chars, found);
    }

    private static Object call(Method method, Object... args) {
        try {
            return method.invoke(DICTIONARY, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method accessible(Method m) {
        m.setAccessible(true);
        return m;
    }
}

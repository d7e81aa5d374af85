package fazhi.index;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * SmartCN's word-pair frequencies ("bigramdict.mem"), answered from a table of our own. SmartCN keeps them in a
 * double-hashing table that is nearly full, so the many pairs it does not hold (most pairs a sentence offers) probe
 * long chains through 3 MB before they are known absent: a third of a build's time went there. This table holds the
 * same (pair id → frequency) entries, read once from SmartCN's own arrays, probed linearly (adjacent slots, the same
 * cache line), so an absent pair is known after a read or two. The pair id is SmartCN's: the 64-bit FNV hash of
 * "word1@word2" ({@link #hash}).
 *
 * <p>Exactness: an id SmartCN stores twice (two pairs whose ids collide) would be answered by SmartCN according to
 * its probe order; such ids are marked and answered by SmartCN itself ({@link #frequency} returns
 * {@link #ASK_SMARTCN}). {@code SmartcnWordsTest} checks the answers against SmartCN's for every entry.
 */
final class BigramFrequencies {
    /** Returned for the rare ids that only SmartCN's own lookup can answer exactly. */
    static final int ASK_SMARTCN = -1;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 1099511628211L;
    private static final char PAIR_SEPARATOR = '@'; // BigramDictionary.WORD_SEGMENT_CHAR

    private static final BigramFrequencies INSTANCE = load();

    /** Slot k is entries[2k] (pair id, 0 for empty) and entries[2k + 1] (its frequency): side by side, so a probe
     *  reads one cache line. */
    private final long[] entries;
    private final int mask;
    private final Object smartcn;
    private final Method smartcnFrequency;

    private BigramFrequencies(int capacity, Object smartcn, Method smartcnFrequency) {
        this.entries = new long[2 * capacity];
        this.mask = capacity - 1;
        this.smartcn = smartcn;
        this.smartcnFrequency = smartcnFrequency;
    }

    static BigramFrequencies instance() {
        return INSTANCE;
    }

    /** The hash state after the first word and the separator; {@link #hash} continues it over the second word. */
    static long firstWordState(char[] first) {
        long h = FNV_OFFSET;
        for (char c : first) {
            h = step(h, c);
        }
        return step(h, PAIR_SEPARATOR);
    }

    /** SmartCN's pair id of (first word, second): AbstractDictionary.hash1 over "first@second". */
    static long hash(long firstWordState, char[] second) {
        long h = firstWordState;
        for (char c : second) {
            h = step(h, c);
        }
        return h;
    }

    private static long step(long h, char c) {
        h = (h ^ (c & 0x00FF)) * FNV_PRIME;
        return (h ^ (c >> 8)) * FNV_PRIME;
    }

    /** How often the pair with this id occurs in SmartCN's corpus (0: never), or {@link #ASK_SMARTCN}. */
    int frequency(long id) {
        if (id == 0) {
            return 0; // an empty slot in SmartCN's table: it answers 0 as well
        }
        for (int slot = slot(id); ; slot = (slot + 1) & mask) {
            long at = entries[2 * slot];
            if (at == id) {
                return (int) entries[2 * slot + 1];
            }
            if (at == 0) {
                return 0;
            }
        }
    }

    /** SmartCN's own answer for the pair "first@second", for the ids {@link #frequency} cannot decide. */
    int smartcnFrequency(char[] first, char[] second) {
        char[] pair = new char[first.length + 1 + second.length];
        System.arraycopy(first, 0, pair, 0, first.length);
        pair[first.length] = PAIR_SEPARATOR;
        System.arraycopy(second, 0, pair, first.length + 1, second.length);
        try {
            return (int) smartcnFrequency.invoke(smartcn, (Object) pair);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void put(long id, int frequency) {
        for (int slot = slot(id); ; slot = (slot + 1) & mask) {
            if (entries[2 * slot] == 0) {
                entries[2 * slot] = id;
                entries[2 * slot + 1] = frequency;
                return;
            }
            if (entries[2 * slot] == id) {
                entries[2 * slot + 1] = ASK_SMARTCN; // stored twice by SmartCN: its probe order decides
                return;
            }
        }
    }

    /** Copies SmartCN's loaded table (it loads it once per JVM) into ours. */
    private static BigramFrequencies load() {
        try {
            Class<?> dictionary = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
            Method getInstance = dictionary.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object smartcn = getInstance.invoke(null);
            long[] smartcnIds = (long[]) field(dictionary, "bigramHashTable").get(smartcn);
            int[] smartcnFrequencies = (int[]) field(dictionary, "frequencyTable").get(smartcn);
            int entries = 0;
            for (long id : smartcnIds) {
                entries += id != 0 ? 1 : 0;
            }
            // a power of two at least 1.5 times the entries: at most two thirds full (SmartCN's: 82%), and linear
            // probing walks adjacent slots, so an absent pair costs a cache line or two; 8 MB for SmartCN's 328,856
            int capacity = Integer.highestOneBit(Math.max(16, entries * 3 / 2 - 1)) << 1;
            Method frequency = dictionary.getDeclaredMethod("getFrequency", char[].class);
            frequency.setAccessible(true);
            BigramFrequencies table = new BigramFrequencies(capacity, smartcn, frequency);
            for (int i = 0; i < smartcnIds.length; i++) {
                if (smartcnIds[i] != 0) {
                    table.put(smartcnIds[i], smartcnFrequencies[i]);
                }
            }
            return table;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read SmartCN's bigram dictionary (lucene-analysis-smartcn "
                    + "changed?): " + e, e);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}

package fazhi.ingest.place;

import java.util.Arrays;
import java.util.Map;

/**
 * A character trie over every name form of the division table, built once and then read-only. Edges live in one
 * open-addressing table keyed by (node, char), so a lookup is one primitive probe and the table's 37,000 names
 * take a few MB instead of one map per node. Scanning a report is a single pass: at each position, walk while the
 * next character continues a name.
 */
final class NameTrie {
    private static final long EMPTY = -1L;
    /** Bits of the first-two-characters filter: 256 KB, small enough to stay in cache, unlike the edge table. */
    private static final int PREFIX_FILTER_BITS = 1 << 21;

    /**
     * Every name has at least two characters, so a position whose first two characters begin no name can be
     * skipped without touching the edge table. Most positions of a report are such, and the edge table (several
     * MB) costs a cache miss per probe: the filter makes scanning several times faster.
     */
    private final long[] prefixFilter = new long[PREFIX_FILTER_BITS / 64];

    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int[] values;
    private final int mask;

    /** @param names name → value (a non-negative int, e.g. an index into a list of entries) */
    NameTrie(Map<String, Integer> names) {
        int maxNodes = 1 + names.keySet().stream().mapToInt(String::length).sum();
        int capacity = Integer.highestOneBit(Math.max(16, maxNodes * 2 - 1)) << 1;
        edgeKeys = new long[capacity];
        Arrays.fill(edgeKeys, EMPTY);
        edgeTargets = new int[capacity];
        mask = capacity - 1;
        int[] nodeValues = new int[maxNodes];
        Arrays.fill(nodeValues, -1);
        int nodeCount = 1;
        for (Map.Entry<String, Integer> name : names.entrySet()) {
            if (name.getKey().length() < 2) {
                throw new IllegalArgumentException("names need two characters or more: " + name.getKey());
            }
            int bit = prefixBit(name.getKey().charAt(0), name.getKey().charAt(1));
            prefixFilter[bit >>> 6] |= 1L << bit;
            int node = 0;
            for (int i = 0; i < name.getKey().length(); i++) {
                char c = name.getKey().charAt(i);
                int next = child(node, c);
                if (next < 0) {
                    next = nodeCount++;
                    addEdge(node, c, next);
                }
                node = next;
            }
            nodeValues[node] = name.getValue();
        }
        values = Arrays.copyOf(nodeValues, nodeCount);
    }

    /**
     * Finds every name that starts at {@code from}, shortest first: their ends and values go to the two arrays
     * (no allocation per position), as many as fit.
     *
     * @return how many names were found
     */
    int matchesAt(CharSequence text, int from, int[] ends, int[] values) {
        if (from + 1 >= text.length()) {
            return 0;
        }
        int bit = prefixBit(text.charAt(from), text.charAt(from + 1));
        if ((prefixFilter[bit >>> 6] & (1L << bit)) == 0) {
            return 0;
        }
        int found = 0;
        int node = 0;
        for (int i = from; i < text.length() && found < ends.length; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (this.values[node] >= 0) {
                ends[found] = i + 1;
                values[found++] = this.values[node];
            }
        }
        return found;
    }

    /** The value of exactly this name, or -1. */
    int get(CharSequence name) {
        int node = 0;
        for (int i = 0; i < name.length() && node >= 0; i++) {
            node = child(node, name.charAt(i));
        }
        return node < 0 ? -1 : values[node];
    }

    private int child(int node, char c) {
        long key = edgeKey(node, c);
        for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeTargets[slot];
            }
            if (edgeKeys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    private void addEdge(int node, char c, int target) {
        long key = edgeKey(node, c);
        int slot = slotOf(key);
        while (edgeKeys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int prefixBit(char first, char second) {
        return (int) ((((long) first << 16 | second) * 0x9E3779B97F4A7C15L) >>> 43);
    }

    private int slotOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}

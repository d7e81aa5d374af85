package fazhi.ingest.place;

import java.util.Arrays;
import java.util.Map;

/**
 * A character trie over every name form of the division table, built once and then read-only. Edges live in one
 * open-addressing table keyed by (node, char), so a lookup is one primitive probe and 50,000 names take a few MB
 * instead of one map per node. Scanning a report is a single pass: at each position, walk while the next
 * character continues a name.
 */
final class NameTrie {
    /** Receives each name found at a position, shortest first. */
    interface MatchSink {
        void match(int end, int value);
    }

    private static final long EMPTY = -1L;

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

    /** Reports every name that starts at {@code from}, shortest first. */
    void matchesAt(CharSequence text, int from, MatchSink sink) {
        int node = 0;
        for (int i = from; i < text.length(); i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                return;
            }
            if (values[node] >= 0) {
                sink.match(i + 1, values[node]);
            }
        }
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

    private int slotOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}

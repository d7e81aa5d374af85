package fazhi.search;

/** Levenshtein distance by code point, for suggesting the nearest known values; inputs are short names. */
final class EditDistance {
    private EditDistance() {
    }

    static int of(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] row = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            row[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] t = previous;
            previous = row;
            row = t;
        }
        return previous[y.length];
    }
}

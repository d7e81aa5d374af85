package fazhi.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * ICU's folding of every code point of the Basic Multilingual Plane, as data: {@code folding-bmp.tsv} lists each one
 * that folds to something else (7,246 of 65,536), as hex code points: {@code 9867<TAB>987E} (顧 → 顾), nothing after
 * the tab for one that folds away. Building ICU's Traditional-Simplified transliterator took about 165 ms of CPU, paid
 * by the first search of every server and by every command line that folds; reading this file takes a few. ICU itself
 * stays the definition: {@code FoldingTableTest} compares the file with ICU for every BMP code point, and
 * {@code FoldingTableWriter} (test sources) writes it again after an ICU upgrade.
 */
final class FoldingTable {
    static final String RESOURCE = "/fazhi/text/folding-bmp.tsv";

    private FoldingTable() {
    }

    /** Folded forms indexed by BMP code point; null where a code point folds to itself. */
    static String[] load() {
        String[] folded = new String[0x10000];
        try (InputStream in = FoldingTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = lines.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                folded[Integer.parseInt(line, 0, tab, 16)] = codePoints(line, tab + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded;
    }

    private static String codePoints(String line, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < line.length(); ) {
            int end = line.indexOf(' ', i);
            end = end < 0 ? line.length() : end;
            out.appendCodePoint(Integer.parseInt(line, i, end, 16));
            i = end + 1;
        }
        return out.toString();
    }
}

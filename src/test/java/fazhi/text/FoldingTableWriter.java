package fazhi.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes {@code src/main/resources/fazhi/text/folding-bmp.tsv} from ICU (after an ICU upgrade, when
 * {@code FoldingTableTest} says the file differs):
 * <pre>mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=fazhi.text.FoldingTableWriter</pre>
 */
public final class FoldingTableWriter {
    static final Path FILE = Path.of("src/main/resources" + FoldingTable.RESOURCE);

    private FoldingTableWriter() {
    }

    /** The table's lines, from ICU: every BMP code point whose folding differs from itself. */
    static String lines() {
        StringBuilder out = new StringBuilder();
        for (int cp = 0; cp < 0x10000; cp++) {
            String folded = Folding.Icu.fold(cp);
            if (!folded.equals(String.valueOf((char) cp))) {
                out.append(String.format("%04X\t", cp))
                        .append(folded.codePoints().mapToObj(c -> String.format("%04X", c))
                                .collect(Collectors.joining(" ")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(FILE, lines(), StandardCharsets.US_ASCII);
        System.out.println("wrote " + FILE);
    }
}

package fazhi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The folding table in the program is ICU's folding, code point for code point. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FoldingTableTest {
    @Test
    void the_table_is_icus_folding_of_every_bmp_code_point() throws Exception {
        assertEquals(FoldingTableWriter.lines(), Files.readString(FoldingTableWriter.FILE),
                "folding-bmp.tsv differs from ICU: write it again with fazhi.text.FoldingTableWriter");
    }

    @Test
    void folding_reads_the_table_below_the_supplementary_planes_and_asks_icu_above() {
        for (int cp = 0; cp < 0x10000; cp++) {
            if (!Character.isSurrogate((char) cp)) { // a lone surrogate is no code point of a String
                String icu = Folding.Icu.fold(cp);
                if (!icu.equals(foldKeepingSpaces(cp))) {
                    assertEquals(icu, foldKeepingSpaces(cp), "U+" + Integer.toHexString(cp));
                }
            }
        }
        int extensionB = 0x2A6A5; // an ideograph beyond the BMP goes through ICU
        assertEquals(Folding.Icu.fold(extensionB), foldKeepingSpaces(extensionB));
    }

    /** Folding's per-code-point form with white space kept, through a public entry: the rules' form. */
    private static String foldKeepingSpaces(int cp) {
        return Folding.forRules(new String(Character.toChars(cp)));
    }
}

package fazhi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void matchingFoldsWidthCaseScriptAndDropsWhiteSpace() {
        assertEquals("法律顾问12345热线abc(一)", Folding.forMatching("法律 顧問\n１２３４５熱線 ＡBc （一）"));
        assertEquals("", Folding.forMatching(" \t\u3000\u200b\ufeff\u00a0"));
    }

    @Test
    void foldingAPieceOfTextGivesThatPieceOfTheFoldedWhole() {
        String text = "法律顧問㍿１２（一）乾隆，ＡＢＣ";
        String whole = Folding.forMatching(text);
        for (int from = 0; from < text.length(); from++) {
            for (int to = from + 1; to <= text.length(); to++) {
                assertTrue(whole.contains(Folding.forMatching(text.substring(from, to))), text.substring(from, to));
            }
        }
    }

    @Test
    void compatibilityFormsFoldAllTheWayToSimplified() {
        // NFKC first, then traditional → simplified: the compatibility ideograph 車 (U+F902), the Kangxi radical ⾞
        // and the circled ㊜ become traditional characters under NFKC, which the table then simplifies
        assertEquals("车车适", Folding.forMatching("\uF902\u2F9E\u329C"));
    }

    @Test
    void wordSegmentationKeepsOneSpacePerRunBetweenWords() {
        assertEquals("legal advisor 法律顾问", Folding.keepingSpaces("  Legal \u3000 advisor\n法律顧問 "));
    }

    @Test
    void rulesSeeWhiteSpaceAsWrittenAfterNfkc() {
        assertEquals("一、主要做法 (2023年)\n关于", Folding.forRules("一、主要做法\u3000（２０２３年）\n關於"));
    }

    @Test
    void placeNamesKeepTheCharactersTheTableUsesAndDropWhiteSpace() {
        assertEquals("於潜镇小龙门乡", Folding.forNames("於潛鎮 小龍門\n鄉", cp -> cp == '於'));
        assertEquals("于潜镇", Folding.forNames("於潛鎮", cp -> false));
    }

    @Test
    void everyFoldedCharacterPointsAtTheOriginalItCameFrom() {
        FoldedText t = Folding.withOffsets("法 顧㍿😀");
        assertEquals("法顾株式会社😀", t.folded());
        int[][] expected = {{0, 1}, {2, 3}, {3, 4}, {3, 4}, {3, 4}, {3, 4}, {4, 6}, {4, 6}};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], t.originalStart(i), "start of " + i);
            assertEquals(expected[i][1], t.originalEnd(i), "end of " + i);
        }
    }

    @Test
    void spaceIncludesIdeographicNoBreakAndInvisibleSpaces() {
        for (int cp : new int[] {' ', '\t', '\n', '\u3000', '\u00a0', '\u2002', '\u200b', '\ufeff'}) {
            assertTrue(CharClass.isSpace(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '法', '，', '0', '_'}) {
            assertFalse(CharClass.isSpace(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void hanIsTheUnicodeScriptAcrossAllExtensions() {
        for (int cp : new int[] {'法', '㐀', '豈', '〇', 0x20000}) {
            assertTrue(CharClass.isHan(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '1', '，', '（', 'ア', '\ud840'}) {
            assertFalse(CharClass.isHan(cp), Integer.toHexString(cp));
        }
    }
}

package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import fazhi.index.FoldedCharTokenizer.Grams;
import org.junit.jupiter.api.Test;

class FoldedCharTokenizerTest {
    private static List<String> tokens(String text) throws IOException {
        return tokens(Grams.UNIGRAMS, text);
    }

    private static List<String> tokens(Grams grams, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = Analyzers.chars(grams); TokenStream ts = a.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void everyNonSpaceCodePointIsOneTokenAtItsOriginalOffsets() throws IOException {
        assertEquals(List.of("法@0-1+1", "治@3-4+1", "1@5-6+1", ",@6-7+1", "a@7-8+1"), tokens("法 \n治　１，Ａ"));
    }

    @Test
    void traditionalCharactersAreFoldedToSimplified() throws IOException {
        assertEquals(List.of("顾@0-1+1", "问@1-2+1"), tokens("顧問"));
    }

    @Test
    void aCharacterOutsideTheBmpKeepsBothHalvesAndItsTwoCharOffsets() throws IOException {
        assertEquals(List.of("😀@0-2+1", "法@2-3+1"), tokens("😀法"));
    }

    @Test
    void aCharacterThatFoldsToSeveralGivesSeveralTokensWithItsOffsets() throws IOException {
        assertEquals(List.of("株@0-1+1", "式@0-1+1", "会@0-1+1", "社@0-1+1"), tokens("㍿"));
    }

    @Test
    void bigramsStartAtEveryPositionButTheLastAndSpanBothOriginalCharacters() throws IOException {
        assertEquals(List.of("法治@0-4+1", "治1@3-6+1", "1,@5-7+1", ",a@6-8+1"), tokens(Grams.BIGRAMS, "法 \n治　１，Ａ"));
        assertEquals(List.of("😀法@0-3+1"), tokens(Grams.BIGRAMS, "😀法"));
        assertEquals(List.of("株式@0-1+1", "式会@0-1+1", "会社@0-1+1", "社法@0-2+1"), tokens(Grams.BIGRAMS, "㍿法"));
        assertEquals(List.of(), tokens(Grams.BIGRAMS, "村"));
    }

    @Test
    void bothGivesTheUnigramAtTheBigramsPositionForTheHighlighter() throws IOException {
        assertEquals(List.of("法律@0-2+1", "法@0-1+0", "律顾@1-3+1", "律@1-2+0", "顾@2-3+1"), tokens(Grams.BOTH, "法律顧"));
    }
}

package fazhi.index;

import fazhi.text.Folding;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.StopFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The two analyses of section text, and the per-field wrapper the writer uses. */
public final class Analyzers {
    /** Keeps phrases of a multi-valued field (the heading path) from running across two of its values. */
    static final int VALUE_GAP = 100;

    private Analyzers() {
    }

    /** Character-level analysis for exact matching and highlighting: see {@link FoldedCharTokenizer}. */
    public static Analyzer chars(FoldedCharTokenizer.Grams grams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new FoldedCharTokenizer(grams));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /**
     * SmartCN word segmentation for ranking ({@link SmartcnWords}: SmartCN's words, found faster), over text folded
     * like exact matching (so traditional input segments like simplified), with SmartCN's own stop set, which removes
     * punctuation tokens.
     */
    public static Analyzer words() {
        CharArraySet stop = SmartChineseAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new StringReader(Folding.keepingSpaces(readAll(reader)));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = SmartcnWords.tokenizer();
                TokenStream stream = new StopFilter(tokenizer, stop);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The analyzer for the whole document: chars or words by field, keyword for everything else. */
    public static Analyzer perField() {
        Analyzer bigrams = chars(FoldedCharTokenizer.Grams.BIGRAMS);
        Analyzer unigrams = chars(FoldedCharTokenizer.Grams.UNIGRAMS);
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Fields.HEADING, bigrams, Fields.TEXT, bigrams, Fields.PATH, bigrams,
                Fields.HEADING_UNIGRAMS, unigrams, Fields.TEXT_UNIGRAMS, unigrams, Fields.PATH_UNIGRAMS, unigrams,
                Fields.HEADING_WORDS, words, Fields.TEXT_WORDS, words));
    }

    /**
     * What the highlighter re-analyses a stored heading or text into (the exact fields keep no offsets): bigrams and
     * unigrams at the same positions, so that the terms of {@link ExactTerms#forHighlighting} mark every literal.
     */
    public static Analyzer highlighting() {
        return chars(FoldedCharTokenizer.Grams.BOTH);
    }

    /** The tokens an analyzer makes of a string, for building queries with exactly the index's analysis. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    private static String readAll(Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        try {
            for (int n; (n = reader.read(buf)) != -1; ) {
                sb.append(buf, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.testing.Fixtures;
import fazhi.testing.SearchIndex;
import fazhi.testing.Searches;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Snippets: the original text, HTML-escaped, with exactly the exact matches marked, each as one span. */
class SnippetTest {
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::reports);

    private static String snippet(String query, Mode mode, String id) throws Exception {
        return Searches.all(INDEX.service(), query, mode).stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow().snippet();
    }

    private static List<String> marked(String snippet) {
        Matcher m = MARK.matcher(snippet);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void aPhraseIsMarkedAsOneSpanOfTheOriginalCharacters() throws Exception {
        assertEquals(List.of("法律顾问", "法律顾问"), marked(snippet("法律顾问", Mode.EXACT, "r1-0")));
        assertEquals(List.of("法律顧問"), marked(snippet("法律顾问", Mode.EXACT, "r1-3")));
        assertEquals(List.of("１２３４５热线"), marked(snippet("12345热线", Mode.EXACT, "r2-0")));
    }

    @Test
    void aMatchAcrossALineBreakIsMarkedWithTheBreakInside() throws Exception {
        assertTrue(marked(snippet("法治宣传覆盖", Mode.EXACT, "r1-1")).contains("法治\n宣传覆盖"));
    }

    @Test
    void reportTextIsHtmlEscapedAndOnlyMarksAreTags() throws Exception {
        String s = snippet("普法", Mode.EXACT, "r2-3");
        assertTrue(s.contains("&lt;script&gt;"), s);
        assertTrue(s.contains("&amp;"), s);
        assertEquals(List.of("普法"), marked(s));
        assertFalse(s.replaceAll("</?mark>", "").contains("<"), s);
    }

    @Test
    void wordsModeMarksTheLiteralTermOnlyNotItsWords() throws Exception {
        assertEquals(List.of("法治政府建设"), marked(snippet("法治政府建设", Mode.WORDS, "r1-4")));
        assertEquals(List.of(), marked(snippet("法治政府建设", Mode.WORDS, "r3-2")));
    }

    @Test
    void aSectionMatchedByItsHeadingOnlyStillShowsTheStartOfItsText() throws Exception {
        String s = snippet("heading:人民调解", Mode.EXACT, "r1-2");
        assertTrue(s.startsWith("人民调解委员会"), s);
    }
}

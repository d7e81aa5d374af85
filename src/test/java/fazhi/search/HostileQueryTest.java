package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fazhi.testing.Fixtures;
import fazhi.testing.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever a user types gives results or a one-line QuerySyntaxException, in both modes, never anything else. */
class HostileQueryTest {
    static final List<String> HOSTILE = List.of(
            "", " ", "\"", "\"\"", "\"法律", "法律\"", "\"a\" \"", "(", ")", "((村)", "(村))", ")(", "()", "[", "]",
            "year:[", "year:[2021 TO", "year:[2023 TO 2021]", "year:]", "year:", "year:-1", "year:99999",
            "OR", "AND", "NOT", "-", "--", "- -", "OR OR", "村 OR", "AND 村", "NOT NOT 村", "-(村)", "村 -",
            "*", "?", "/", "\\", "\\\"", "*:*", "a*", "?法", "/.*/", "~2", "村~", "^3", "法^2", "{a TO b}",
            "村".repeat(10_000), "(".repeat(500), "\"".repeat(999), "村 ".repeat(400),
            "\u0000", "村\u0001调解", "\u001b[31m", "\t\n\r", "\u200b", "\u200b\u200b村", "\ufeff", "\uffff",
            "\ud800", "a\udc00b", "😀", "👨‍👩‍👧", "🇨🇳", "😀😀😀 OR 😀",
            "'; DROP TABLE sections; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%00", "../../etc/passwd",
            "{{7*7}}", "\" OR 1=1 --", "field:value", "heading:", "path:\"\"", "township:\"\"", "category:",
            "year:2023 OR", "heading:(村)", "text:\"a", "ＯＲ 村", "or", "Or 村");

    @RegisterExtension
    static final SearchIndex INDEX = new SearchIndex(Fixtures::reports);

    @Test
    void everyHostileQueryGivesResultsOrAOneLineMessage() throws Exception {
        assertTrue(HOSTILE.size() >= 40);
        List<String> failures = new ArrayList<>();
        int answered = 0;
        int refused = 0;
        for (Mode mode : Mode.values()) {
            for (String q : HOSTILE) {
                try {
                    SearchResult r = INDEX.service().search(new SearchRequest(q, mode, java.util.Map.of(), SortOrder.RELEVANCE, 1, 10));
                    assertTrue(r.total() >= 0);
                    answered++;
                } catch (QuerySyntaxException e) {
                    String m = e.getMessage();
                    assertFalse(m.isBlank() || m.contains("\n") || m.contains("Exception"), m);
                    refused++;
                } catch (Exception | StackOverflowError e) {
                    failures.add(mode + " " + q.substring(0, Math.min(30, q.length())) + " → " + e);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        assertTrue(answered > 20 && refused > 20, answered + " answered, " + refused + " refused");
    }

    @Test
    void aSearchPastItsTimeLimitIsRefusedWithAMessageNotPartialCounts() throws Exception {
        try (SearchService slow = SearchService.open(INDEX.dir(), java.time.Duration.ZERO)) {
            for (var filters : List.of(java.util.Map.<String, List<String>>of(), java.util.Map.of("year", List.of("2023")))) {
                QuerySyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
                        () -> slow.search(new SearchRequest("村", Mode.EXACT, filters, SortOrder.RELEVANCE, 1, 10)));
                assertTrue(e.getMessage().startsWith("query took longer than 0 ms"), e.getMessage());
            }
        }
    }
}

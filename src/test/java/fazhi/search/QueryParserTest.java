package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fazhi.search.QueryNode.And;
import fazhi.search.QueryNode.Filter;
import fazhi.search.QueryNode.Not;
import fazhi.search.QueryNode.Or;
import fazhi.search.QueryNode.Scope;
import fazhi.search.QueryNode.Term;
import fazhi.search.QueryNode.YearRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    private static QueryNode parse(String q) throws QuerySyntaxException {
        return QueryParser.parse(q);
    }

    private static String error(String q) {
        return assertThrows(QuerySyntaxException.class, () -> parse(q)).getMessage();
    }

    @Test
    void spacesMeanAndAndOrBindsLooserThanAnd() throws Exception {
        assertEquals(new Or(List.of(new And(List.of(new Term("村", Scope.ANY, 0), new Term("调解", Scope.ANY, 2))),
                new Term("信访", Scope.ANY, 8))), parse("村 调解 OR 信访"));
    }

    @Test
    void quotedPhrasesMinusNotAndParenthesesNest() throws Exception {
        assertEquals(new And(List.of(new Term("法律 顾问", Scope.ANY, 0), new Not(new Term("合同", Scope.ANY, 9)),
                new Not(new Or(List.of(new Term("a", Scope.ANY, 17), new Term("b", Scope.ANY, 22)))))),
                parse("\"法律 顾问\" -合同 NOT (a OR b)"));
    }

    @Test
    void fieldFiltersBecomeScopedTermsFiltersAndYearRanges() throws Exception {
        assertEquals(new And(List.of(new Filter("township", "洋口镇"), new YearRange(2023, 2023),
                new YearRange(2021, 2023), new Filter("category", "plans"), new Term("法律顾问", Scope.HEADING, 66),
                new Term("举措", Scope.PATH, 76))),
                parse("township:洋口镇 year:2023 year:[2021 TO 2023] category:plans heading:法律顾问 path:举措"));
        assertEquals(new Filter("category", "plans"), parse("category:下一年度安排"));
        assertEquals(new Term("法律 顾问", Scope.TEXT, 5), parse("text:\"法律 顾问\""));
    }

    @Test
    void operatorsInLowerCaseAndSymbolsAreLiteralText() throws Exception {
        assertEquals(new And(List.of(new Term("or", Scope.ANY, 0), new Term("*", Scope.ANY, 3),
                new Term("a-b", Scope.ANY, 5), new Term("12:30", Scope.ANY, 9), new Term("（一）", Scope.ANY, 15))),
                parse("or * a-b 12:30 （一）"));
        assertEquals(new Term("OR", Scope.HEADING, 8), parse("heading:OR"));
    }

    @Test
    void anEmptyQueryListsEverything() throws Exception {
        assertEquals(new QueryNode.All(), parse(""));
        assertEquals(new QueryNode.All(), parse("   "));
        assertEquals(new QueryNode.All(), parse(null));
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertEquals("unbalanced quote at 3", error("法律 \"顾问"));
        assertEquals("unbalanced '(' at 0", error("(村 调解"));
        assertEquals("unbalanced ')' at 2", error("村 ) 调解"));
        assertEquals("'OR' needs a term on each side at 0", error("OR 村"));
        assertEquals("query ends where a term was expected at 4", error("村 OR"));
        assertEquals("'NOT' needs a term after it at 2", error("村 NOT"));
        assertEquals("'-' needs a term right after it at 2", error("村 - 调解"));
        assertEquals("empty phrase at 0", error("\"\""));
        assertEquals("unbalanced '[' at 5", error("year:[2021 TO"));
        assertEquals("a year range looks like year:[2021 TO 2023] at 5", error("year:[2021 2023]"));
        assertEquals("year must be a number such as 2023, not 'abc' at 5", error("year:abc"));
        assertEquals("'township:' needs a value at 0", error("township: 洋口镇"));
        assertEquals("unknown category 'foo' (one of: measures, shortcomings, leadership, plans, other, preamble) at 9",
                error("category:foo"));
        assertEquals("unknown field 'foo' (fields: category, city, county, heading, path, province, text, "
                + "township, year, yearsource) at 0", error("foo:bar"));
        assertEquals("unknown yearSource 'guess' (one of: title, pageMeta, preamble, heading, text) at 11",
                error("yearSource:guess"));
        assertEquals("control character U+0007 at 1", error("村\u0007"));
        assertEquals("query too long: 1001 characters (at most 1000)", error("村".repeat(1001)));
    }

    @Test
    void depthAndTermCountAreBounded() {
        assertEquals("query nested too deeply (at most 16 levels) at 16", error("(".repeat(17) + "村" + ")".repeat(17)));
        assertEquals("too many terms (at most 32) at 64", error("村 ".repeat(33)));
    }
}

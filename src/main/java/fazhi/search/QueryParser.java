package fazhi.search;

import fazhi.index.Fields;
import fazhi.ingest.Category;
import fazhi.ingest.Report;
import fazhi.search.QueryNode.Scope;
import fazhi.search.QueryToken.Type;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the query language (one method per construct, in the style of jlox):
 * <pre>
 * query   → orExpr? EOF
 * orExpr  → andExpr ( "OR" andExpr )*
 * andExpr → unary ( "AND"? unary )*
 * unary   → ( "NOT" | "-" ) unary | primary
 * primary → WORD | PHRASE | FIELD value | "(" orExpr ")"
 * </pre>
 * Size limits are part of the grammar: a query too long, too deep or with too many terms is a syntax error.
 */
public final class QueryParser {
    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 32;
    public static final int MAX_DEPTH = 16;

    private final List<QueryToken> tokens;
    private int current;
    private int depth;
    private int terms;

    private QueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** Parses a query; null or blank means every section. */
    public static QueryNode parse(String query) throws QuerySyntaxException {
        if (query == null) {
            return new QueryNode.All();
        }
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("query too long: " + query.length() + " characters (at most "
                    + MAX_LENGTH + ")", "检索语句太长：" + query.length() + " 个字符（最多 " + MAX_LENGTH + " 个）", -1);
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < query.length() && Character.isLowSurrogate(query.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new QuerySyntaxException("broken character (unpaired surrogate)", "含有残缺的字符", i);
            }
        }
        QueryParser parser = new QueryParser(new QueryLexer(query).tokens());
        return parser.query();
    }

    private QueryNode query() throws QuerySyntaxException {
        if (check(Type.EOF)) {
            return new QueryNode.All();
        }
        QueryNode node = orExpr();
        if (check(Type.RPAREN)) {
            throw unbalancedClose(peek());
        }
        return node;
    }

    private QueryNode orExpr() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(andExpr());
        while (match(Type.OR)) {
            clauses.add(andExpr());
        }
        return clauses.size() == 1 ? clauses.getFirst() : new QueryNode.Or(clauses);
    }

    private QueryNode andExpr() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(unary());
        while (true) {
            if (match(Type.AND)) {
                clauses.add(unary());
            } else if (startsUnary()) {
                clauses.add(unary());
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.getFirst() : new QueryNode.And(clauses);
    }

    private boolean startsUnary() {
        return check(Type.WORD) || check(Type.PHRASE) || check(Type.FIELD) || check(Type.NOT) || check(Type.MINUS)
                || check(Type.LPAREN);
    }

    private QueryNode unary() throws QuerySyntaxException {
        if (match(Type.NOT) || match(Type.MINUS)) {
            QueryToken op = previous();
            if (check(Type.EOF)) {
                throw new QuerySyntaxException("'" + op.text() + "' needs a term after it",
                        "“" + op.text() + "”后面缺少检索词", op.position());
            }
            return new QueryNode.Not(nested(this::unary, op));
        }
        return primary();
    }

    private QueryNode primary() throws QuerySyntaxException {
        QueryToken token = advance();
        return switch (token.type()) {
            case WORD, PHRASE -> term(token, Scope.ANY);
            case FIELD -> field(token);
            case LPAREN -> {
                QueryNode inner = nested(this::orExpr, token);
                if (!match(Type.RPAREN)) {
                    throw new QuerySyntaxException("unbalanced '('", "括号不成对：缺少右括号", token.position());
                }
                yield inner;
            }
            case RPAREN -> throw unbalancedClose(token);
            case OR, AND -> throw new QuerySyntaxException("'" + token.text() + "' needs a term on each side",
                    "“" + token.text() + "”两边都要有检索词", token.position());
            case EOF -> throw new QuerySyntaxException("query ends where a term was expected",
                    "检索语句不完整：末尾缺少检索词", token.position());
            default -> throw new QuerySyntaxException("unexpected '" + token.text() + "'",
                    "此处不应出现“" + token.text() + "”", token.position());
        };
    }

    private QueryNode term(QueryToken token, Scope scope) throws QuerySyntaxException {
        if (token.text().isBlank()) {
            throw new QuerySyntaxException("empty phrase", "引号里没有内容", token.position());
        }
        if (++terms > MAX_TERMS) {
            throw new QuerySyntaxException("too many terms (at most " + MAX_TERMS + ")",
                    "检索词太多（最多 " + MAX_TERMS + " 个）", token.position());
        }
        return new QueryNode.Term(token.text(), scope, token.position());
    }

    private QueryNode field(QueryToken field) throws QuerySyntaxException {
        QueryToken value = advance(); // the lexer always emits a value right after a field
        return switch (field.text()) {
            case "heading" -> term(value, Scope.HEADING);
            case "text" -> term(value, Scope.TEXT);
            case "path" -> term(value, Scope.PATH);
            case "year" -> year(value);
            case "category" -> category(value);
            case "yearsource" -> yearSource(value);
            default -> new QueryNode.Filter(field.text(), value.text());
        };
    }

    private QueryNode year(QueryToken value) throws QuerySyntaxException {
        if (value.type() == Type.RANGE) {
            String[] parts = Folding.width(value.text()).strip().split("\\s+");
            if (parts.length != 3 || !parts[1].equals("TO")) {
                throw new QuerySyntaxException("a year range looks like year:[2021 TO 2023]",
                        "年份范围的写法是 year:[2021 TO 2023]", value.position());
            }
            int from = yearNumber(parts[0], value.position());
            int to = yearNumber(parts[2], value.position());
            if (from > to) {
                throw new QuerySyntaxException("year range runs backwards", "年份范围的起止颠倒了", value.position());
            }
            return new QueryNode.YearRange(from, to);
        }
        int year = yearNumber(value.text(), value.position());
        return new QueryNode.YearRange(year, year);
    }

    private static int yearNumber(String text, int position) throws QuerySyntaxException {
        String digits = Folding.width(text);
        if (!digits.matches("[0-9]{1,4}")) {
            throw new QuerySyntaxException("year must be a number such as 2023, not '" + abbreviate(text) + "'",
                    "年份要写成数字，如 2023，而不是“" + abbreviate(text) + "”", position);
        }
        return Integer.parseInt(digits);
    }

    private static QueryNode category(QueryToken value) throws QuerySyntaxException {
        String id = FilterValues.canonical(Fields.CATEGORY, value.text());
        if (id != null) {
            return new QueryNode.Filter(Fields.CATEGORY, id);
        }
        List<String> ids = new ArrayList<>();
        for (Category c : Category.values()) {
            ids.add(c.id());
        }
        List<String> labels = new ArrayList<>();
        for (Category c : Category.values()) {
            labels.add(c.label());
        }
        throw new QuerySyntaxException("unknown category '" + abbreviate(value.text()) + "' (one of: "
                + String.join(", ", ids) + ")", "没有“" + abbreviate(value.text()) + "”这个报告部分（可选："
                + String.join("、", labels) + "）", value.position());
    }

    private static QuerySyntaxException unbalancedClose(QueryToken token) {
        return new QuerySyntaxException("unbalanced ')'", "括号不成对：多了右括号", token.position());
    }

    /** yearSource:title — which evidence decided the report's year; names in any case (pagemeta = pageMeta). */
    private static QueryNode yearSource(QueryToken value) throws QuerySyntaxException {
        String source = FilterValues.canonical(Fields.YEAR_SOURCE, value.text());
        if (source != null) {
            return new QueryNode.Filter(Fields.YEAR_SOURCE, source);
        }
        throw new QuerySyntaxException("unknown yearSource '" + abbreviate(value.text()) + "' (one of: "
                + String.join(", ", Report.YEAR_SOURCES) + ")", "没有“" + abbreviate(value.text())
                + "”这种年份依据（可选：" + String.join("、", Report.YEAR_SOURCES) + "）", value.position());
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    private interface Rule {
        QueryNode parse() throws QuerySyntaxException;
    }

    /** Bounds recursion so a hostile "((((…" is an error, not a stack overflow. */
    private QueryNode nested(Rule rule, QueryToken at) throws QuerySyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException("query nested too deeply (at most " + MAX_DEPTH + " levels)",
                    "括号嵌套太深（最多 " + MAX_DEPTH + " 层）", at.position());
        }
        try {
            return rule.parse();
        } finally {
            depth--;
        }
    }

    private boolean match(Type type) {
        if (check(type)) {
            advance();
            return true;
        }
        return false;
    }

    private boolean check(Type type) {
        return peek().type() == type;
    }

    /** Consumes and returns the next token; at the end it stays on EOF. */
    private QueryToken advance() {
        QueryToken token = peek();
        if (token.type() != Type.EOF) {
            current++;
        }
        return token;
    }

    private QueryToken peek() {
        return tokens.get(current);
    }

    private QueryToken previous() {
        return tokens.get(current - 1);
    }
}

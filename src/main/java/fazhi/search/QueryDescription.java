package fazhi.search;

import fazhi.ingest.Category;
import fazhi.text.CharClass;
import java.util.List;

/**
 * What a query was understood as, in Chinese words for the page: "法律顾问 且 不含 合同", "（调解 或 信访） 且 村",
 * "标题含 法律顾问", "省份：江苏省". Shown when a query finds nothing, so that a reader sees whether an operator
 * (a dash, a bracket, a quote) was read differently from what she meant.
 */
final class QueryDescription {
    private QueryDescription() {
    }

    /** The description, or null for the empty query. */
    static String of(QueryNode node) {
        return node instanceof QueryNode.All ? null : describe(node);
    }

    private static String describe(QueryNode node) {
        return switch (node) {
            case QueryNode.All all -> "全部";
            case QueryNode.Term t -> switch (t.scope()) {
                case ANY -> literal(t.text());
                case HEADING -> "标题含 " + literal(t.text());
                case TEXT -> "正文含 " + literal(t.text());
                case PATH -> "上级标题含 " + literal(t.text());
            };
            case QueryNode.Filter f -> DimensionLabels.zh(f.field()) + "：" + filterValue(f);
            case QueryNode.YearRange y -> "年份：" + (y.from() == y.to() ? y.from() : y.from() + "–" + y.to());
            case QueryNode.Not not -> "不含 " + nested(not.clause());
            case QueryNode.And and -> join(and.clauses(), " 且 ");
            case QueryNode.Or or -> join(or.clauses(), " 或 ");
        };
    }

    private static String join(List<QueryNode> clauses, String operator) {
        StringBuilder out = new StringBuilder();
        for (QueryNode c : clauses) {
            if (!out.isEmpty()) {
                out.append(operator);
            }
            out.append(nested(c));
        }
        return out.toString();
    }

    /** A compound inside another is bracketed, so the reading is unambiguous. */
    private static String nested(QueryNode node) {
        boolean compound = node instanceof QueryNode.And || node instanceof QueryNode.Or;
        return compound ? "（" + describe(node) + "）" : describe(node);
    }

    /** A term with white space inside was a quoted phrase: quoted again, so its extent shows. */
    private static String literal(String text) {
        return text.codePoints().anyMatch(CharClass::isSpace) || text.isEmpty() ? "“" + text + "”" : text;
    }

    private static String filterValue(QueryNode.Filter f) {
        Category c = f.field().equals("category") ? Category.byId(f.value()) : null;
        return c == null ? f.value() : c.label();
    }
}

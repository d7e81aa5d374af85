package fazhi.search;

import fazhi.search.QueryToken.Type;
import fazhi.text.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a query into tokens. Everything that is not syntax is literal: {@code * ? / \ :} and full-width brackets
 * are characters to find, not operators. Operators are {@code OR}, {@code AND}, {@code NOT} (upper case, standing
 * alone), a leading {@code -}, ASCII parentheses, double quotes, and {@code field:} for the known fields.
 */
final class QueryLexer {
    static final Set<String> FIELDS = Set.of("heading", "text", "path", "year", "province", "city", "county",
            "township", "category", "yearsource");

    private final String source;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int start;
    private int current;

    QueryLexer(String source) {
        this.source = source;
    }

    List<QueryToken> tokens() throws QuerySyntaxException {
        while (!atEnd()) {
            start = current;
            scanToken();
        }
        tokens.add(new QueryToken(Type.EOF, "", source.length()));
        return tokens;
    }

    private void scanToken() throws QuerySyntaxException {
        int c = peek();
        if (CharClass.isSpace(c)) {
            advance();
        } else if (Character.isISOControl(c)) {
            throw new QuerySyntaxException(String.format("control character U+%04X", c), current);
        } else if (c == '(') {
            add(Type.LPAREN, "(", advance());
        } else if (c == ')') {
            add(Type.RPAREN, ")", advance());
        } else if (c == '"') {
            phrase();
        } else if (c == '-') {
            advance();
            if (atEnd() || CharClass.isSpace(peek())) {
                throw new QuerySyntaxException("'-' needs a term right after it", start);
            }
            add(Type.MINUS, "-", start);
        } else {
            word();
        }
    }

    private void phrase() throws QuerySyntaxException {
        int open = current;
        advance();
        int close = source.indexOf('"', current);
        if (close < 0) {
            throw new QuerySyntaxException("unbalanced quote", open);
        }
        add(Type.PHRASE, source.substring(current, close), open);
        current = close + 1;
    }

    private void word() throws QuerySyntaxException {
        while (!atEnd() && !endsWord(peek())) {
            advance();
        }
        String text = source.substring(start, current);
        switch (text) {
            case "OR" -> add(Type.OR, text, start);
            case "AND" -> add(Type.AND, text, start);
            case "NOT" -> add(Type.NOT, text, start);
            default -> fieldOrWord(text);
        }
    }

    /** {@code name:value} for a known name; an unknown ASCII name is an error rather than a silent literal. */
    private void fieldOrWord(String text) throws QuerySyntaxException {
        int colon = text.indexOf(':');
        String name = colon > 0 ? text.substring(0, colon) : "";
        if (!name.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch)) || name.isEmpty()) {
            add(Type.WORD, text, start);
            return;
        }
        String field = name.toLowerCase(java.util.Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw new QuerySyntaxException("unknown field '" + name + "' (fields: " + String.join(", ",
                    new java.util.TreeSet<>(FIELDS)) + ")", start);
        }
        add(Type.FIELD, field, start);
        current = start + colon + 1; // the value is lexed on its own, always as a literal
        valueOf(field);
    }

    private void valueOf(String field) throws QuerySyntaxException {
        start = current;
        if (atEnd() || CharClass.isSpace(peek()) || peek() == ')') {
            throw new QuerySyntaxException("'" + field + ":' needs a value", start - field.length() - 1);
        }
        if (peek() == '"') {
            phrase();
        } else if (peek() == '[' && field.equals("year")) {
            int close = source.indexOf(']', current);
            if (close < 0) {
                throw new QuerySyntaxException("unbalanced '['", current);
            }
            add(Type.RANGE, source.substring(current + 1, close), current);
            current = close + 1;
        } else {
            while (!atEnd() && !endsWord(peek())) {
                advance();
            }
            add(Type.WORD, source.substring(start, current), start);
        }
    }

    private boolean endsWord(int c) {
        return CharClass.isSpace(c) || c == '(' || c == ')' || c == '"' || Character.isISOControl(c);
    }

    private void add(Type type, String text, int position) {
        tokens.add(new QueryToken(type, text, position));
    }

    private boolean atEnd() {
        return current >= source.length();
    }

    private int peek() {
        return source.codePointAt(current);
    }

    /** Consumes one code point and returns where it started. */
    private int advance() {
        int at = current;
        current += Character.charCount(source.codePointAt(current));
        return at;
    }
}

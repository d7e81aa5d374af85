package fazhi.search;

import fazhi.search.QueryToken.Type;
import fazhi.text.CharClass;
import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits a query into tokens. Operators read the same in both widths, as a Chinese input method types them:
 * {@code OR AND NOT} (upper case, standing alone; also full-width ＯＲ ＡＮＤ ＮＯＴ), a leading {@code -} (also
 * {@code －} and {@code —}), parentheses {@code ( )} and {@code （ ）}, phrase quotes {@code "…"}, {@code “…”},
 * {@code 「…」} and {@code 『…』}, and {@code field:} or {@code field：} for the known fields. A bracketed heading
 * marker, parentheses around a numeral and nothing else ({@code (一)}, {@code （3）}), is literal text in both
 * widths, as users mean it. Everything else is literal too: {@code * ? / \}, a lone {@code :}.
 */
final class QueryLexer {
    static final Set<String> FIELDS = Set.of("heading", "text", "path", "year", "province", "city", "county",
            "township", "category", "yearsource");
    /** Opening quote → its closing quote. */
    private static final Map<Integer, Integer> QUOTES = Map.of((int) '"', (int) '"', (int) '＂', (int) '＂',
            (int) '“', (int) '”', (int) '「', (int) '」', (int) '『', (int) '』');
    /** What may stand between the parentheses of a heading marker: digits of both widths and Chinese numerals. */
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两";
    private static final int MAX_MARKER_NUMERALS = 4;

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
            throw new QuerySyntaxException(String.format("control character U+%04X", c),
                    String.format("含有控制字符 U+%04X", c), current);
        } else if (isOpenParen(c) && markerLength(current) == 0) {
            add(Type.LPAREN, "(", advance());
        } else if (isCloseParen(c)) {
            add(Type.RPAREN, ")", advance());
        } else if (QUOTES.containsKey(c)) {
            phrase();
        } else if (isMinus(c)) {
            advance();
            if (c == '—' && !atEnd() && peek() == '—') {
                advance(); // a Chinese input method types the dash key as ——
            }
            if (atEnd() || CharClass.isSpace(peek())) {
                throw new QuerySyntaxException("'" + source.substring(start, current) + "' needs a term right after it",
                        "“" + source.substring(start, current) + "”后面要紧跟检索词（表示排除）", start);
            }
            add(Type.MINUS, "-", start);
        } else {
            word();
        }
    }

    private void phrase() throws QuerySyntaxException {
        int open = current;
        int closing = QUOTES.get(peek());
        advance();
        int close = source.indexOf(closing, current);
        if (close < 0) {
            throw new QuerySyntaxException("unbalanced quote", "引号不成对：缺少后引号 "
                    + new String(Character.toChars(closing)), open);
        }
        add(Type.PHRASE, source.substring(current, close), open);
        current = close + Character.charCount(closing);
    }

    private void word() throws QuerySyntaxException {
        readWord();
        String text = source.substring(start, current);
        switch (Folding.width(text)) {
            case "OR" -> add(Type.OR, text, start);
            case "AND" -> add(Type.AND, text, start);
            case "NOT" -> add(Type.NOT, text, start);
            default -> fieldOrWord(text);
        }
    }

    /** Up to the next space, parenthesis or quote; a heading marker ("(一)") is part of the word. */
    private void readWord() {
        while (!atEnd()) {
            int marker = markerLength(current);
            if (marker > 0) {
                current += marker;
            } else if (endsWord(peek())) {
                return;
            } else {
                advance();
            }
        }
    }

    /**
     * {@code name:value} or {@code name：value} for a known name. An unknown ASCII name before an ASCII colon is an
     * error rather than a silent literal; before a full-width colon it is text (Chinese text uses ：).
     */
    private void fieldOrWord(String text) throws QuerySyntaxException {
        int colon = firstColon(text);
        String name = colon > 0 ? Folding.width(text.substring(0, colon)) : "";
        if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            add(Type.WORD, text, start);
            return;
        }
        String field = name.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            if (text.charAt(colon) == '：') {
                add(Type.WORD, text, start);
                return;
            }
            String fields = String.join(", ", new TreeSet<>(FIELDS));
            throw new QuerySyntaxException("unknown field '" + name + "' (fields: " + fields + ")",
                    "没有“" + name + "”这个字段（可用字段：" + fields + "）", start);
        }
        add(Type.FIELD, field, start);
        current = start + colon + 1; // the value is lexed on its own, always as a literal
        valueOf(field);
    }

    private static int firstColon(String text) {
        int ascii = text.indexOf(':');
        int wide = text.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private void valueOf(String field) throws QuerySyntaxException {
        start = current;
        if (atEnd() || CharClass.isSpace(peek()) || isCloseParen(peek())) {
            throw new QuerySyntaxException("'" + field + ":' needs a value", "“" + field + ":”后面要紧跟要查的值",
                    start - field.length() - 1);
        }
        if (QUOTES.containsKey(peek())) {
            phrase();
        } else if ((peek() == '[' || peek() == '［') && field.equals("year")) {
            int close = closingBracket();
            if (close < 0) {
                throw new QuerySyntaxException("unbalanced '['", "方括号不成对：年份范围写作 year:[2021 TO 2023]",
                        current);
            }
            add(Type.RANGE, source.substring(current + 1, close), current);
            current = close + 1;
        } else {
            readWord();
            add(Type.WORD, source.substring(start, current), start);
        }
    }

    private int closingBracket() {
        for (int i = current + 1; i < source.length(); i++) {
            if (source.charAt(i) == ']' || source.charAt(i) == '］') {
                return i;
            }
        }
        return -1;
    }

    /** The length of the heading marker ("(一)", "（3）") starting at {@code at}, or 0 when none starts there. */
    private int markerLength(int at) {
        if (at >= source.length() || !isOpenParen(source.charAt(at))) {
            return 0;
        }
        int i = at + 1;
        while (i < source.length() && i - at - 1 < MAX_MARKER_NUMERALS && NUMERALS.indexOf(source.charAt(i)) >= 0) {
            i++;
        }
        boolean closed = i > at + 1 && i < source.length() && isCloseParen(source.charAt(i));
        return closed ? i + 1 - at : 0;
    }

    private static boolean endsWord(int c) {
        return CharClass.isSpace(c) || isOpenParen(c) || isCloseParen(c) || QUOTES.containsKey(c)
                || Character.isISOControl(c);
    }

    private static boolean isOpenParen(int c) {
        return c == '(' || c == '（';
    }

    private static boolean isCloseParen(int c) {
        return c == ')' || c == '）';
    }

    /** NOT at the start of a term: the ASCII hyphen, the full-width one and the em dash (—, typed as ——). */
    private static boolean isMinus(int c) {
        return c == '-' || c == '－' || c == '—';
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

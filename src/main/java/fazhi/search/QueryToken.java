package fazhi.search;

/** A lexical token of the query language, with its position in the query as typed. */
record QueryToken(Type type, String text, int position) {
    enum Type { WORD, PHRASE, FIELD, RANGE, OR, AND, NOT, MINUS, LPAREN, RPAREN, EOF }
}

package org.demarche.expr;

/** One lexical token: its kind, its text and the half-open character range [start, end) it covers. */
record Token(Kind kind, String text, int start, int end, double number) {

  /** The kinds of token; {@code and}, {@code or} and {@code not} are lexed as operators, not names. */
  enum Kind {
    NUMBER, NAME, LEFT_PAREN, RIGHT_PAREN, COMMA, DOT,
    PLUS, MINUS, STAR, SLASH, CARET,
    LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, EQUAL, NOT_EQUAL,
    AND, OR, NOT, END;

    // Relies on the six comparison kinds being declared together, from LESS to NOT_EQUAL.
    boolean isComparison() {
      return compareTo(LESS) >= 0 && compareTo(NOT_EQUAL) <= 0;
    }
  }

  /** How the token reads in an error message. */
  String describe() {
    return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
  }
}

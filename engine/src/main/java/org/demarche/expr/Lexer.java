package org.demarche.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression's source into tokens, rejecting characters and malformed numbers. */
final class Lexer {

  private final String source;
  private int position;

  private Lexer(String source) {
    this.source = source;
  }

  /** Returns the tokens of {@code source}, always ending with one {@link Token.Kind#END} token. */
  static List<Token> tokenize(String source) throws ExpressionException {
    Lexer lexer = new Lexer(source);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (token.kind() != Token.Kind.END);
    return tokens;
  }

  private Token next() throws ExpressionException {
    while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
      position++;
    }
    int start = position;
    if (start == source.length()) {
      return new Token(Token.Kind.END, "", start, start, 0.0);
    }
    char c = source.charAt(start);
    if (isDigit(c) || (c == '.' && start + 1 < source.length() && isDigit(source.charAt(start + 1)))) {
      return number(start);
    }
    if (isNameStart(c)) {
      return name(start);
    }
    switch (c) {
      case '(': return symbol(Token.Kind.LEFT_PAREN, 1);
      case ')': return symbol(Token.Kind.RIGHT_PAREN, 1);
      case ',': return symbol(Token.Kind.COMMA, 1);
      case '.': return symbol(Token.Kind.DOT, 1);
      case '+': return symbol(Token.Kind.PLUS, 1);
      case '-': return symbol(Token.Kind.MINUS, 1);
      case '*': return symbol(Token.Kind.STAR, 1);
      case '/': return symbol(Token.Kind.SLASH, 1);
      case '^': return symbol(Token.Kind.CARET, 1);
      case '<': return followedBy('=') ? symbol(Token.Kind.LESS_OR_EQUAL, 2) : symbol(Token.Kind.LESS, 1);
      case '>': return followedBy('=') ? symbol(Token.Kind.GREATER_OR_EQUAL, 2) : symbol(Token.Kind.GREATER, 1);
      case '!': return followedBy('=') ? symbol(Token.Kind.NOT_EQUAL, 2) : symbol(Token.Kind.NOT, 1);
      case '=':
        if (followedBy('=')) {
          return symbol(Token.Kind.EQUAL, 2);
        }
        throw unexpectedCharacter(start, "use '==' to compare two values");
      case '&':
        if (followedBy('&')) {
          return symbol(Token.Kind.AND, 2);
        }
        throw unexpectedCharacter(start, "use 'and' or '&&'");
      case '|':
        if (followedBy('|')) {
          return symbol(Token.Kind.OR, 2);
        }
        throw unexpectedCharacter(start, "use 'or' or '||'");
      default:
        throw unexpectedCharacter(start, lookalikeHint(source.codePointAt(start)));
    }
  }

  private boolean followedBy(char expected) {
    return position + 1 < source.length() && source.charAt(position + 1) == expected;
  }

  private Token symbol(Token.Kind kind, int length) {
    int start = position;
    position += length;
    return new Token(kind, source.substring(start, position), start, position, 0.0);
  }

  private Token name(int start) {
    while (position < source.length() && isNamePart(source.charAt(position))) {
      position++;
    }
    String text = source.substring(start, position);
    Token.Kind kind;
    switch (text) {
      case "and": kind = Token.Kind.AND; break;
      case "or": kind = Token.Kind.OR; break;
      case "not": kind = Token.Kind.NOT; break;
      default: kind = Token.Kind.NAME; break;
    }
    return new Token(kind, text, start, position, 0.0);
  }

  private Token number(int start) throws ExpressionException {
    skipDigits();
    if (position < source.length() && source.charAt(position) == '.') {
      position++;
      skipDigits();
    }
    boolean wellFormed = true;
    if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
      position++;
      if (position < source.length() && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
        position++;
      }
      int exponentStart = position;
      skipDigits();
      wellFormed = position > exponentStart;
    }
    // A number running straight into a dot, digit or letter ("1.2.3", "2e", "3x") is one mistyped token,
    // so report all of it rather than a confusing error about whatever follows.
    if (!wellFormed || (position < source.length() && (source.charAt(position) == '.' || isNamePart(source.charAt(position))))) {
      while (position < source.length() && (source.charAt(position) == '.' || isNamePart(source.charAt(position)))) {
        position++;
      }
      throw new ExpressionException(start, "malformed number '" + source.substring(start, position) + "'",
          "write a number like 12, 1.5, .5, 1e3 or 2.5e-2");
    }
    String text = source.substring(start, position);
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new ExpressionException(start, "number '" + text + "' is too large", "numbers must be below 1.8e308");
    }
    return new Token(Token.Kind.NUMBER, text, start, position, value);
  }

  private void skipDigits() {
    while (position < source.length() && isDigit(source.charAt(position))) {
      position++;
    }
  }

  private ExpressionException unexpectedCharacter(int at, String hint) {
    int codePoint = source.codePointAt(at);
    String shown = Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)
        ? String.format("U+%04X", codePoint)
        : "'" + new String(Character.toChars(codePoint)) + "'";
    return new ExpressionException(at, "unexpected character " + shown, hint);
  }

  /** Suggests the ASCII operator for characters that slip in when formulas are pasted from documents. */
  private static String lookalikeHint(int codePoint) {
    switch (codePoint) {
      case '\u2212': case '\u2013': case '\u2014': return "use the ASCII minus sign '-'";
      case '\u00D7': case '\u22C5': return "use '*' to multiply";
      case '\u00F7': return "use '/' to divide";
      case '\u2264': return "use '<='";
      case '\u2265': return "use '>='";
      case '\u2260': return "use '!='";
      default:
        return Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)
            ? "replace it with an ordinary space"
            : "expressions use numbers, names, + - * / ^, comparisons, and/or/not, commas and parentheses";
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }
}

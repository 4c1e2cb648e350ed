package org.demarche.expr;

import java.util.Objects;

/** A compile-time error in an expression, with where it is, what is wrong and how to fix it. */
public final class ExpressionException extends Exception {

  private final int position;
  private final String message;
  private final String hint;

  /**
   * Creates an error at {@code position} (0-based offset into the source); {@code hint} may be
   * empty.
   */
  public ExpressionException(int position, String message, String hint) {
    super(combine(position, message, hint));
    this.position = position;
    this.message = Objects.requireNonNull(message, "message");
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  private static String combine(int position, String message, String hint) {
    String where = message + " at column " + (position + 1);
    return hint.isEmpty() ? where : where + "; " + hint;
  }

  /** The 0-based character offset into the source where the problem is. */
  public int position() {
    return position;
  }

  /** A sentence saying what is wrong. */
  public String message() {
    return message;
  }

  /** How to fix it, or an empty string. */
  public String hint() {
    return hint;
  }
}

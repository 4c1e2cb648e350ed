package org.demarche.client.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats the game's numbers as the server writes them in its sentences, so that a report's
 * summary and its breakdown agree: one decimal from 100 up, two from 1, three below, halves
 * rounded up, no trailing zeros, a sign on changes.
 *
 * <p>Stateless; any thread.
 */
public final class Numbers {
  private Numbers() {}

  /** A value such as {@code 4.5}, {@code 55}, {@code 2.63} or {@code -0.125}. */
  public static String value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String text = rounded.stripTrailingZeros().toPlainString();
    return "-0".equals(text) ? "0" : text;
  }

  /** A change such as {@code +0.3} or {@code -1.25}; "0" when it rounds to nothing. */
  public static String change(double change) {
    String text = value(change);
    return text.startsWith("-") || "0".equals(text) ? text : "+" + text;
  }
}

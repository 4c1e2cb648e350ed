package org.demarche.client.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats the game's numbers: at most two decimals, no trailing zeros, a sign on changes.
 *
 * <p>Stateless; any thread.
 */
public final class Numbers {
  private Numbers() {}

  /** A value such as {@code 4.5}, {@code 55} or {@code -0.25}. */
  public static String value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    String text = rounded.stripTrailingZeros().toPlainString();
    return "-0".equals(text) ? "0" : text;
  }

  /** A change such as {@code +0.3} or {@code -1.25}; "0" when it rounds to nothing. */
  public static String change(double change) {
    String text = value(change);
    return text.startsWith("-") || "0".equals(text) ? text : "+" + text;
  }
}

package org.demarche.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers for people: at most three significant decimals, no trailing zeros, no locale. */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    // Whole numbers (most costs and resources) need no rounding: skip BigDecimal, which costs
    // about a microsecond and shows up in the engine's hot path when an order is refused.
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** A change with its sign, e.g. {@code +0.4} or {@code -1.25}. */
  public static String signed(double value) {
    String text = format(value);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }
}

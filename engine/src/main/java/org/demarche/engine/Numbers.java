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
    String digits = Double.toString(value);
    // From 10^-3 to 10^7 those are plain digits, which BigDecimal.valueOf would read: round them
    // the same way here. Other magnitudes are written with an exponent; BigDecimal handles them.
    String text = digits.indexOf('E') < 0
        ? roundHalfUp(digits, decimals)
        : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
            .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** A change with its sign, e.g. {@code +0.4} or {@code -1.25}. */
  public static String signed(double value) {
    String text = format(value);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }

  /**
   * Plain decimal text such as {@code -12.3456} rounded to {@code decimals} places, halves away
   * from zero, without trailing zeros: what BigDecimal's setScale(HALF_UP), stripTrailingZeros
   * and toPlainString give.
   */
  static String roundHalfUp(String plain, int decimals) {
    int point = plain.indexOf('.');
    int end = Math.min(plain.length(), point + 1 + decimals);
    StringBuilder kept = new StringBuilder(plain.length() + 1).append(plain, 0, end);
    if (end < plain.length() && plain.charAt(end) >= '5') {
      int i = kept.length() - 1;
      for (; i >= 0 && (kept.charAt(i) == '9' || kept.charAt(i) == '.'); i--) {
        if (kept.charAt(i) == '9') {
          kept.setCharAt(i, '0');
        }
      }
      if (i >= 0 && kept.charAt(i) != '-') {
        kept.setCharAt(i, (char) (kept.charAt(i) + 1));
      } else {
        kept.insert(i + 1, '1');
      }
    }
    // The text keeps its point, so only zeros after it are stripped.
    int last = kept.length();
    while (kept.charAt(last - 1) == '0') {
      last--;
    }
    if (kept.charAt(last - 1) == '.') {
      last--;
    }
    return kept.substring(0, last);
  }
}

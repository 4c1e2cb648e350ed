package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void formatsLikeBigDecimalRounding() {
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(12) - 5);
      double value = (random.nextDouble() - 0.5) * magnitude;
      if (i % 3 == 0) {
        // Values printed with exactly one digit past the rounding place, often a 5 or a 9.
        value = Math.round(value * 10_000) / 10_000.0;
      }
      assertEquals(reference(value), Numbers.format(value), "for " + value);
    }
  }

  @Test
  void roundsHalvesAwayFromZeroAndCarries() {
    for (double value : new double[] {
        2.675, -2.675, 9.995, -9.995, 99.995, 99.95, 999.95, 0.9995, -0.9995, 0.0015, 0.001,
        1.005, 0.12345, 123.45, 1234567.85, 9999999.95, 0.00099, 1e-7, 1.5e15, 12.3, -0.5,
        100.04999}) {
      assertEquals(reference(value), Numbers.format(value), "for " + value);
    }
    assertEquals("10", Numbers.format(9.995), "9.995 rounds up to a whole number");
    assertEquals("-2.68", Numbers.format(-2.675), "halves round away from zero");
    assertEquals("0", Numbers.format(-0.0001), "no negative zero");
  }

  @Test
  void wholeAndNonFiniteNumbers() {
    assertEquals("12", Numbers.format(12.0), "whole");
    assertEquals("-3", Numbers.format(-3.0), "negative whole");
    assertEquals("NaN", Numbers.format(Double.NaN), "NaN");
    assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY), "infinity");
    assertEquals("+0.4", Numbers.signed(0.4), "signed");
  }

  /** What format gave before its fast path: BigDecimal's rounding of Double.toString's digits. */
  private static String reference(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}

package org.demarche.expr;

/**
 * What the language's operations mean, where a Java operator alone does not say it: shared by the
 * tree's nodes and the classes generated from them, so that both give the same bits and draw the
 * same numbers in the same order.
 */
final class Operations {
  private static final double TWO_PI = 2.0 * Math.PI;

  private Operations() {}

  /** Zero and NaN are false; everything else is true. */
  static boolean truthy(double value) {
    return value != 0.0 && !Double.isNaN(value);
  }

  static double bool(boolean value) {
    return value ? 1.0 : 0.0;
  }

  /** {@code value} as 1 or 0. */
  static double truth(double value) {
    return bool(truthy(value));
  }

  static double not(double value) {
    return bool(!truthy(value));
  }

  static double less(double left, double right) {
    return bool(left < right);
  }

  static double lessOrEqual(double left, double right) {
    return bool(left <= right);
  }

  static double greater(double left, double right) {
    return bool(left > right);
  }

  static double greaterOrEqual(double left, double right) {
    return bool(left >= right);
  }

  static double equal(double left, double right) {
    return bool(left == right);
  }

  static double notEqual(double left, double right) {
    return bool(left != right);
  }

  /** Rounds half up (toward positive infinity), keeping NaN and infinities as they are. */
  static double round(double value) {
    double floor = Math.floor(value);
    // Comparing the fraction avoids Math.floor(value + 0.5), which rounds 0.49999999999999994 up.
    return value - floor >= 0.5 ? floor + 1.0 : floor;
  }

  /** Always draws, even for p <= 0 or p >= 1, so the number of draws never depends on values. */
  static double chance(double probability, EvalContext ctx) {
    return bool(ctx.nextRandom() < probability);
  }

  static double uniform(double low, double high, EvalContext ctx) {
    return low + (high - low) * ctx.nextRandom();
  }

  /** Box–Muller with both draws used every time, so a normal always consumes exactly two draws. */
  static double normal(double mean, double sd, EvalContext ctx) {
    // 1 - u lies in (0, 1], so the logarithm stays finite when the generator returns 0.
    double radius = Math.sqrt(-2.0 * Math.log(1.0 - ctx.nextRandom()));
    return mean + sd * radius * Math.cos(TWO_PI * ctx.nextRandom());
  }
}

package org.demarche.review;

/**
 * Round values for a chart's axis that cover a range: steps of 1, 2 or 5 times a power of ten,
 * about four of them.
 */
final class Ticks {
  private static final int ABOUT = 4;

  private final double first;
  private final double step;
  private final int count;

  private Ticks(double first, double step, int count) {
    this.first = first;
    this.step = step;
    this.count = count;
  }

  /** Ticks from at most {@code low} to at least {@code high}; a flat range is widened. */
  static Ticks covering(double low, double high) {
    if (high - low < 1e-9 * Math.max(1, Math.abs(high))) {
      double pad = Math.max(Math.abs(low) * 0.1, 1);
      low -= pad;
      high += pad;
    }
    double raw = (high - low) / ABOUT;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double normal = raw / magnitude;
    double step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
    double first = Math.floor(low / step) * step;
    int count = (int) Math.round((Math.ceil(high / step) * step - first) / step) + 1;
    return new Ticks(first, step, count);
  }

  int count() {
    return count;
  }

  /** The i-th tick, computed afresh so that no rounding error accumulates. */
  double at(int i) {
    return first + i * step;
  }

  double low() {
    return first;
  }

  double high() {
    return at(count - 1);
  }
}

package org.demarche.server.sim;

import java.util.Arrays;

/** Mean and percentiles of a sample; percentiles interpolate linearly between order statistics. */
record Distribution(double mean, double p10, double p50, double p90) {

  static Distribution of(double[] sample) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return new Distribution(
        sum / sorted.length, percentile(sorted, 0.1), percentile(sorted, 0.5),
        percentile(sorted, 0.9));
  }

  private static double percentile(double[] sorted, double p) {
    double rank = p * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
  }
}

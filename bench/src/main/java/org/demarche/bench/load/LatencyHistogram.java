package org.demarche.bench.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Durations in buckets 1% wide (log scale, from 1 µs to about 20 minutes), so percentiles of
 * millions of samples cost a fixed 17 KB. Any thread may record; read once recording is over.
 */
final class LatencyHistogram {
  private static final double STEP = Math.log(1.01);
  private static final int BUCKETS = 2_100;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

  /** Adds one duration in nanoseconds; negative ones count as zero. */
  void record(long nanos) {
    double micros = Math.max(0, nanos) / 1_000.0;
    counts.incrementAndGet(Math.min(BUCKETS - 1, (int) (Math.log1p(micros) / STEP)));
  }

  /** The count, median and 99th percentile, to report once recording is over. */
  Percentiles summary() {
    return new Percentiles(count(), percentileMillis(0.50), percentileMillis(0.99));
  }

  /** A count of durations and two of their percentiles, in milliseconds. */
  record Percentiles(long count, double p50Millis, double p99Millis) {}

  long count() {
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      total += counts.get(i);
    }
    return total;
  }

  /**
   * The duration in milliseconds below which the fraction {@code quantile} of the samples lie
   * (the upper edge of its bucket, so at most 1% high); 0 without samples.
   */
  double percentileMillis(double quantile) {
    long total = count();
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return Math.expm1((i + 1) * STEP) / 1_000.0;
      }
    }
    throw new AssertionError("the rank " + rank + " of " + total + " is past the buckets: a bug");
  }
}

package org.demarche.bench.load;

/**
 * What one stretch of a load run measured.
 *
 * @param seconds wall time
 * @param replies requests answered (timed)
 * @param p50Millis median time from a request's send to its reply
 * @param p99Millis 99th percentile of the same
 * @param p999Millis 99.9th percentile of the same
 * @param traffic frames and bytes both ways, every connection of the run, pushes included
 * @param serverCores the server process's CPU time over the wall time (1.0 is one core busy);
 *     NaN when the server cannot be measured
 * @param clientCores the same for this driver's process
 * @param serverGcPauseMillis time the server's collectors stopped it during the phase; -1 when
 *     the server cannot be measured
 * @param clientGcPauseMillis the same for this driver
 */
record Phase(double seconds, long replies, double p50Millis, double p99Millis,
    double p999Millis, Traffic.Snapshot traffic, double serverCores, double clientCores,
    long serverGcPauseMillis, long clientGcPauseMillis) {

  /** Frames per second, both directions. */
  double messagesPerSecond() {
    return traffic.frames() / seconds;
  }

  double repliesPerSecond() {
    return replies / seconds;
  }
}

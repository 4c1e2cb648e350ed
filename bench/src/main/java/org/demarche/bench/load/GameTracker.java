package org.demarche.bench.load;

import java.util.Arrays;

/**
 * One game's turns as its players see them: when the last lock-in of each turn was sent and when
 * the last player received that turn's report; the difference of the two goes to a histogram
 * once every player has its report, for the turns after the warm-up. Any thread (a game's
 * players share no event loop).
 */
final class GameTracker {
  private final int players;
  private final int warmupTurns;
  private final long[] lastLockIn;
  private final long[] lastReport;
  private final int[] reports;
  private final LatencyHistogram turnReports;

  GameTracker(int players, int warmupTurns, int turns, LatencyHistogram turnReports) {
    this.players = players;
    this.warmupTurns = warmupTurns;
    this.lastLockIn = new long[turns];
    this.lastReport = new long[turns];
    this.reports = new int[turns];
    this.turnReports = turnReports;
    // System.nanoTime() may be negative: start below any of its values.
    Arrays.fill(lastLockIn, Long.MIN_VALUE);
    Arrays.fill(lastReport, Long.MIN_VALUE);
  }

  /** A team of this game is about to send its lock-in for {@code turn} (0-based). */
  synchronized void lockingIn(int turn, long nanos) {
    lastLockIn[turn] = Math.max(lastLockIn[turn], nanos);
  }

  /** A player of this game received the report of {@code turn} (0-based). */
  synchronized void reported(int turn, long nanos) {
    lastReport[turn] = Math.max(lastReport[turn], nanos);
    if (++reports[turn] == players && turn >= warmupTurns) {
      turnReports.record(lastReport[turn] - lastLockIn[turn]);
    }
  }
}

package org.demarche.net;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts failed identity attempts (a wrong join code, observer code, resume token or instructor
 * key) per remote address, and refuses an address that failed too often within a sliding window,
 * so that guessing codes from one machine is slow.
 *
 * <p>Thread-safe: one limiter is shared by every connection, so every event loop calls it. The
 * methods are {@code synchronized}; they run only for identity requests and take microseconds, so
 * a lock is simpler than a lock-free map and costs nothing that shows.
 */
final class AttemptLimiter {
  /** Failures allowed per address within {@link #STANDARD_WINDOW}. */
  static final int STANDARD_MAX_FAILURES = 30;

  static final Duration STANDARD_WINDOW = Duration.ofSeconds(60);

  /** Addresses tracked before stale ones are swept, so the map cannot grow without bound. */
  private static final int SWEEP_THRESHOLD = 4096;

  private final int maxFailures;
  private final long windowNanos;
  private final LongSupplier nanoClock;
  // Per address, the times of its latest failures, oldest first; at most maxFailures of them.
  private final Map<String, Deque<Long>> failures = new HashMap<>();

  /**
   * A limiter with its own clock.
   *
   * @param nanoClock a monotonic time in nanoseconds, like {@link System#nanoTime}; tests pass
   *     a clock they move by hand
   */
  AttemptLimiter(int maxFailures, Duration window, LongSupplier nanoClock) {
    if (maxFailures <= 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("need at least one failure in a positive window, not "
          + maxFailures + " in " + window);
    }
    this.maxFailures = maxFailures;
    this.windowNanos = window.toNanos();
    this.nanoClock = nanoClock;
  }

  /** The protocol's limit, 30 failures a minute, on the system's monotonic clock. */
  static AttemptLimiter standard() {
    return new AttemptLimiter(STANDARD_MAX_FAILURES, STANDARD_WINDOW, System::nanoTime);
  }

  /** Whether {@code address} has used up its failures in the current window. Any thread. */
  synchronized boolean isBlocked(String address) {
    Deque<Long> times = failures.get(address);
    if (times == null) {
      return false;
    }
    dropExpired(times, nanoClock.getAsLong());
    if (times.isEmpty()) {
      failures.remove(address);
      return false;
    }
    return times.size() >= maxFailures;
  }

  /** Records one failed identity attempt from {@code address}. Any thread. */
  synchronized void recordFailure(String address) {
    long now = nanoClock.getAsLong();
    if (failures.size() >= SWEEP_THRESHOLD) {
      failures.values().removeIf(times -> {
        dropExpired(times, now);
        return times.isEmpty();
      });
    }
    Deque<Long> times = failures.computeIfAbsent(address, unused -> new ArrayDeque<>());
    dropExpired(times, now);
    times.addLast(now);
    // Only the latest maxFailures matter: the oldest of them decides when the block ends.
    if (times.size() > maxFailures) {
      times.removeFirst();
    }
  }

  private void dropExpired(Deque<Long> times, long now) {
    while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
      times.removeFirst();
    }
  }
}

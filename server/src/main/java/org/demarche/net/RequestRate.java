package org.demarche.net;

import io.netty.util.concurrent.Ticker;

/**
 * A token bucket for the requests of one connection: it holds up to {@code burst} tokens, gains
 * {@code perSecond} of them a second, and each request takes one. A request that finds the
 * bucket empty is refused, so a client may send a burst after a quiet spell but no more than
 * {@code perSecond} a second for long.
 *
 * <p>Not thread-safe: one per connection, used on its event loop, timed by the loop's ticker
 * (which {@code EmbeddedChannel} tests move by hand).
 */
final class RequestRate {
  private static final double NANOS_PER_SECOND = 1e9;

  private final int perSecond;
  private final int burst;
  private final Ticker ticker;
  private double tokens;
  private long refilledAt;

  RequestRate(int perSecond, int burst, Ticker ticker) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.ticker = ticker;
    this.tokens = burst;
    this.refilledAt = ticker.nanoTime();
  }

  /** Takes a token for one request; false when there is none left. */
  boolean tryTake() {
    long now = ticker.nanoTime();
    tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / NANOS_PER_SECOND);
    refilledAt = now;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** What a refused client is told. */
  String refusal() {
    return "too many requests: at most " + perSecond + " per second; slow down";
  }
}

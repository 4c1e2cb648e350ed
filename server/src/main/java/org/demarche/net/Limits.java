package org.demarche.net;

import java.time.Duration;

/**
 * What one client may cost the server: how long it may take to say Hello, how many connections
 * it and everybody together may hold open, and how fast one connection may send requests. A
 * client over a limit is told which one, in a sentence, with an {@code Error}.
 *
 * @param handshakeTimeout how long a new connection may take to send its Hello; it is closed
 *     after that, distinct from the idle time of a connection that has said Hello
 * @param maxConnections connections open at once on the whole server
 * @param maxConnectionsPerAddress connections open at once from one IP address
 * @param limitLoopback whether loopback clients count against {@code maxConnectionsPerAddress};
 *     by default they do not, since a local TLS proxy or load generator speaks for many people
 *     (they still count against {@code maxConnections})
 * @param requestsPerSecond requests one connection may send per second, on average
 * @param requestBurst requests one connection may send at once, after a quiet spell
 */
public record Limits(Duration handshakeTimeout, int maxConnections, int maxConnectionsPerAddress,
    boolean limitLoopback, int requestsPerSecond, int requestBurst) {

  /** How long a new connection may take to send its Hello by default. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

  public Limits {
    if (handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
      throw new IllegalArgumentException("the handshake timeout must be positive, not "
          + handshakeTimeout);
    }
    if (maxConnections <= 0 || maxConnectionsPerAddress <= 0) {
      throw new IllegalArgumentException("connection limits must be positive, not "
          + maxConnections + " and " + maxConnectionsPerAddress + " per address");
    }
    if (requestsPerSecond <= 0 || requestBurst <= 0) {
      throw new IllegalArgumentException("the request rate and burst must be positive, not "
          + requestsPerSecond + " per second with a burst of " + requestBurst);
    }
  }

  /**
   * Ten seconds for the Hello; 30,000 connections, 256 from one remote address; 100 requests a
   * second per connection with bursts of 500.
   */
  public static Limits defaults() {
    return new Limits(DEFAULT_HANDSHAKE_TIMEOUT, 30_000, 256, false, 100, 500);
  }

  /** These limits with another handshake timeout. */
  public Limits withHandshakeTimeout(Duration timeout) {
    return new Limits(timeout, maxConnections, maxConnectionsPerAddress, limitLoopback,
        requestsPerSecond, requestBurst);
  }

  /** These limits with other connection caps. */
  public Limits withConnections(int total, int perAddress, boolean countLoopback) {
    return new Limits(handshakeTimeout, total, perAddress, countLoopback, requestsPerSecond,
        requestBurst);
  }

  /** These limits with another request rate. */
  public Limits withRequestRate(int perSecond, int burst) {
    return new Limits(handshakeTimeout, maxConnections, maxConnectionsPerAddress, limitLoopback,
        perSecond, burst);
  }
}

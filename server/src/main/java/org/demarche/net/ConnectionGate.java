package org.demarche.net;

import io.netty.channel.Channel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the open connections, in all and per remote IP address, and refuses a new one over
 * either cap of its {@link Limits}; a connection it admits is counted until it closes.
 *
 * <p>Thread-safe: one gate is shared by every connection, so every event loop calls it.
 */
final class ConnectionGate {
  private final Limits limits;
  private final AtomicInteger open = new AtomicInteger();
  private final ConcurrentMap<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();

  ConnectionGate(Limits limits) {
    this.limits = limits;
  }

  /**
   * Admits {@code channel} and counts it until it closes, or returns the sentence that refuses
   * it (and counts nothing). Any thread.
   */
  String admit(Channel channel) {
    if (open.incrementAndGet() > limits.maxConnections()) {
      open.decrementAndGet();
      return "the server is full: it holds at most " + limits.maxConnections()
          + " connections; try again later";
    }
    InetAddress address = cappedAddress(channel);
    if (address != null
        && perAddress.merge(address, 1, Integer::sum) > limits.maxConnectionsPerAddress()) {
      release(address);
      return "too many connections from your address: at most "
          + limits.maxConnectionsPerAddress() + " at once; close some and try again";
    }
    channel.closeFuture().addListener(closed -> release(address));
    return null;
  }

  /** Connections open now, for tests. Any thread. */
  int open() {
    return open.get();
  }

  private void release(InetAddress address) {
    if (address != null) {
      perAddress.computeIfPresent(address, (unused, count) -> count == 1 ? null : count - 1);
    }
    open.decrementAndGet();
  }

  /** The IP address the per-address cap counts, or null when it does not apply. */
  private InetAddress cappedAddress(Channel channel) {
    if (channel.remoteAddress() instanceof InetSocketAddress remote
        && remote.getAddress() != null
        && (limits.limitLoopback() || !remote.getAddress().isLoopbackAddress())) {
      return remote.getAddress();
    }
    return null;
  }
}

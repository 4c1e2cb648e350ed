package org.demarche.bench.load;

import java.net.InetSocketAddress;
import java.util.Optional;

/** A server someone else started ({@code --server HOST:PORT --key KEY}): no echo, no samples. */
record ExternalServer(InetSocketAddress gameAddress, String instructorKey)
    implements ServerTarget {
  @Override
  public Optional<InetSocketAddress> echoAddress() {
    return Optional.empty();
  }

  @Override
  public Optional<ServerSample> sample(boolean gc) {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "external server at " + gameAddress.getHostString() + ":" + gameAddress.getPort()
        + " (its CPU, heap and the echo baseline are not measured)";
  }

  @Override
  public void close() {
    // Not ours to stop.
  }
}

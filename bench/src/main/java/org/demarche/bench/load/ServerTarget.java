package org.demarche.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;

/** The server a load run drives: a forked one it can measure, or an external one it cannot. */
interface ServerTarget extends AutoCloseable {
  InetSocketAddress gameAddress();

  String instructorKey();

  /** The bare echo server beside the game server, when there is one. */
  Optional<InetSocketAddress> echoAddress();

  /**
   * The server process's CPU time and heap now (after a full GC with {@code gc}), when it can
   * be measured.
   *
   * @throws IOException when the server process does not answer
   */
  Optional<ServerSample> sample(boolean gc) throws IOException;

  /** One line saying what the server is, for the report. */
  String describe();

  @Override
  void close();
}

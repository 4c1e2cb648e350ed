package org.demarche.game.api;

/**
 * One connection as the game layer sees it: somewhere to push to. Implemented by the net layer,
 * which hands each push to the connection's event loop; so {@link #push} may be called from any
 * thread and never blocks.
 */
public interface Session {
  /** Sends a push to this connection; dropped silently if the connection has closed. */
  void push(Push push);

  /** A short id for logs, e.g. {@code c42}; never a token or code. */
  String id();
}

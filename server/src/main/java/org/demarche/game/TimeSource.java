package org.demarche.game;

/**
 * Where the game layer reads the time; injected so that tests can drive timers by hand. Any
 * thread may call it.
 */
@FunctionalInterface
public interface TimeSource {
  /** The wall clock, for production. */
  TimeSource SYSTEM = System::currentTimeMillis;

  /** Milliseconds since some fixed origin; only differences matter. */
  long nowMillis();
}

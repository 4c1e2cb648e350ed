package org.demarche.game;

/**
 * A game's clock, read once per step: everything a step does sees the same instant, which the
 * journal records, and a replay sets it back to that instant. Game executor only.
 */
final class StepClock implements TimeSource {
  private long now;

  void set(long millis) {
    now = millis;
  }

  @Override
  public long nowMillis() {
    return now;
  }
}

package org.demarche.game;

/**
 * The game's scheduler, closed while its journal is replayed: a replayed turn timer must not
 * fire, since the journal already says what the timer did. Opened once the game is live.
 */
final class ReplayGate implements Scheduler {
  private final Scheduler live;
  private volatile boolean open;

  ReplayGate(Scheduler live, boolean open) {
    this.live = live;
    this.open = open;
  }

  void open() {
    open = true;
  }

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    return open ? live.schedule(delayMillis, task) : () -> {};
  }
}

package org.demarche.game;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The time limit of the open turn: a deadline, the warnings before it, pause, resume and
 * extension. Game executor only; scheduled tasks hop back onto it through {@code mailbox} and do
 * nothing when they belong to a turn, or a schedule, that is over.
 */
final class TurnTimer {
  /** How long before the deadline players are warned, largest first. */
  static final long[] WARNINGS = {60_000, 10_000};

  /** What the timer tells its game; called on the game executor. */
  interface Listener {
    void warn(int turn, long millisLeft);

    void expire(int turn);
  }

  private final TimeSource time;
  private final Scheduler scheduler;
  private final Consumer<Runnable> mailbox;
  private final Listener listener;
  private final List<Scheduler.Cancellable> pending = new ArrayList<>();
  private int turn;
  private boolean limited;
  private boolean running;
  private long deadline;
  private long remaining;
  /** Bumped at every reschedule, so a task cancelled too late recognises itself as stale. */
  private int generation;

  TurnTimer(TimeSource time, Scheduler scheduler, Consumer<Runnable> mailbox, Listener listener) {
    this.time = time;
    this.scheduler = scheduler;
    this.mailbox = mailbox;
    this.listener = listener;
  }

  /** Opens {@code turn} with {@code limitMillis} (0: no limit), ticking unless {@code paused}. */
  void start(int turn, long limitMillis, boolean paused) {
    cancelPending();
    this.turn = turn;
    this.limited = limitMillis > 0;
    this.running = false;
    this.remaining = limitMillis;
    if (limited && !paused) {
      run();
    }
  }

  /** Stops the clock, keeping the time left. */
  void pause() {
    if (running) {
      remaining = Math.max(0, deadline - time.nowMillis());
      running = false;
      cancelPending();
    }
  }

  /** Restarts the clock with the time kept at {@link #pause}. */
  void resume() {
    if (limited && !running) {
      run();
    }
  }

  /** Adds time; warnings are scheduled again for the new deadline. */
  void extend(long millis) {
    if (running) {
      remaining = Math.max(0, deadline - time.nowMillis()) + millis;
      cancelPending();
      run();
    } else {
      remaining += millis;
    }
  }

  /** No more timer for this game. */
  void stop() {
    cancelPending();
    limited = false;
    running = false;
  }

  boolean limited() {
    return limited;
  }

  boolean running() {
    return running;
  }

  /**
   * Carries a running countdown across a jump of the clock (a recovery, from the last journaled
   * moment to now): the time left before {@code moveClock} is the time left after it.
   */
  void carryOver(Runnable moveClock) {
    boolean wasRunning = running;
    pause();
    moveClock.run();
    if (wasRunning) {
      resume();
    }
  }

  /** The time left; kept while paused, 0 without a limit. */
  long millisLeft() {
    if (!limited) {
      return 0;
    }
    return running ? Math.max(0, deadline - time.nowMillis()) : remaining;
  }

  private void run() {
    running = true;
    deadline = time.nowMillis() + remaining;
    int current = ++generation;
    for (long warning : WARNINGS) {
      // Only warnings still ahead: a 30-second turn gets the 10-second warning, not the minute.
      if (remaining > warning) {
        schedule(remaining - warning, current, () -> listener.warn(turn, warning));
      }
    }
    schedule(remaining, current, () -> listener.expire(turn));
  }

  private void schedule(long delay, int scheduled, Runnable fire) {
    int forTurn = turn;
    pending.add(scheduler.schedule(delay, () -> mailbox.accept(() -> {
      if (scheduled == generation && forTurn == turn && running) {
        fire.run();
      }
    })));
  }

  private void cancelPending() {
    for (Scheduler.Cancellable task : pending) {
      task.cancel();
    }
    pending.clear();
    generation++;
  }
}

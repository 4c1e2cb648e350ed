package org.demarche.game;

import java.util.ArrayList;
import java.util.List;

/**
 * A clock and scheduler that only move when a test says so, so that timers are tested without
 * sleeping. Thread-safe: games schedule from their executors while the test advances.
 */
final class ManualTime implements TimeSource, Scheduler {
  private final List<Task> tasks = new ArrayList<>();
  private long now = 1_000_000;
  private long sequence;

  private static final class Task {
    final long due;
    final long order;
    final Runnable run;
    boolean cancelled;

    Task(long due, long order, Runnable run) {
      this.due = due;
      this.order = order;
      this.run = run;
    }
  }

  @Override
  public synchronized long nowMillis() {
    return now;
  }

  @Override
  public synchronized Cancellable schedule(long delayMillis, Runnable task) {
    Task t = new Task(now + delayMillis, sequence++, task);
    tasks.add(t);
    return () -> {
      synchronized (ManualTime.this) {
        t.cancelled = true;
      }
    };
  }

  /** Moves the clock forward, running each task that falls due, in order of due time. */
  void advance(long millis) {
    long target;
    synchronized (this) {
      target = now + millis;
    }
    // Bounded: each pass removes one task, and tasks never schedule more than a few others.
    for (int i = 0; i < 10_000; i++) {
      Task next;
      synchronized (this) {
        next = null;
        for (Task t : tasks) {
          if (t.due <= target && (next == null || t.due < next.due
              || (t.due == next.due && t.order < next.order))) {
            next = t;
          }
        }
        if (next == null) {
          now = target;
          return;
        }
        tasks.remove(next);
        now = next.due;
        if (next.cancelled) {
          continue;
        }
      }
      // Outside the lock: the task hands work to a game, which may schedule more.
      next.run.run();
    }
    throw new AssertionError("more than 10000 timer tasks in one advance: a timer loops");
  }
}

package org.demarche.game;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task later; injected so that tests can fire timers by hand. Any thread may call it. The
 * task runs on the scheduler's own thread, so it must only hand work to a game's executor.
 */
@FunctionalInterface
public interface Scheduler {
  /** Runs {@code task} once after {@code delayMillis}; the handle cancels it if it has not run. */
  Cancellable schedule(long delayMillis, Runnable task);

  /** A scheduled task that may still be cancelled. */
  @FunctionalInterface
  interface Cancellable {
    /** Stops the task if it has not started; harmless when it already ran or was cancelled. */
    void cancel();
  }

  /** A scheduler over a JDK scheduled executor, for production. */
  static Scheduler of(ScheduledExecutorService executor) {
    return (delayMillis, task) -> {
      ScheduledFuture<?> future = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
      return () -> future.cancel(false);
    };
  }
}

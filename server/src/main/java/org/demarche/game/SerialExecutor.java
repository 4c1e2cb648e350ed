package org.demarche.game;

import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one game's tasks one at a time, in the order they were submitted, on threads of a shared
 * executor: the single writer of a game. Requests go through a bounded inbox so that a flood
 * cannot exhaust memory; the game's own follow-ups (timers, disconnects) are never refused, since
 * they are few and losing one would stall the game. Any thread may submit.
 */
final class SerialExecutor {
  private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

  private final String name;
  private final Executor threads;
  private final int capacity;
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicBoolean draining = new AtomicBoolean();

  SerialExecutor(String name, Executor threads, int capacity) {
    this.name = name;
    this.threads = threads;
    this.capacity = capacity;
  }

  /** Queues a request's task; false when the inbox already holds {@code capacity} requests. */
  boolean offer(Runnable task) {
    if (requests.incrementAndGet() > capacity) {
      requests.decrementAndGet();
      return false;
    }
    queue.add(() -> {
      requests.decrementAndGet();
      task.run();
    });
    startDraining();
    return true;
  }

  /** Queues one of the game's own tasks, which the bound does not apply to. */
  void execute(Runnable task) {
    queue.add(task);
    startDraining();
  }

  private void startDraining() {
    if (draining.compareAndSet(false, true)) {
      threads.execute(this::drain);
    }
  }

  private void drain() {
    // Bounded batches let other games' executors share the threads fairly.
    for (int i = 0; i < 64; i++) {
      Runnable task = queue.poll();
      if (task == null) {
        break;
      }
      try {
        task.run();
      } catch (RuntimeException e) {
        // Callers wrap their tasks; reaching here means one did not, and the game must go on.
        LOG.log(Level.ERROR, "game " + name + ": a task failed outside its handler", e);
      }
    }
    draining.set(false);
    // A task queued after the last poll but before the flag was cleared would wait forever.
    if (!queue.isEmpty()) {
      startDraining();
    }
  }
}

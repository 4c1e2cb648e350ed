package org.demarche.game;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.demarche.game.api.Push;
import org.demarche.game.api.Session;

/**
 * What a game says, held until the journal has the step that caused it on disk: a reply is an
 * acknowledgement only once the command is durable, and nobody hears of a change that a crash
 * could still undo. Steps go out in the order they ran. The game's executor fills it; the
 * journal's thread that made a step durable sends it out, with no hand-off back to the game (one
 * thread fewer to wake a request). Every method holds the lock while it delivers, so that two
 * threads never send steps out of order; delivering only queues work on the connections' event
 * loops.
 */
final class Outbox {
  /** One step's pushes and the reply to its request, waiting for {@code sequence}. */
  private record Step(long sequence, List<Runnable> pushes, Consumer<Boolean> reply) {}

  private final ArrayDeque<Step> waiting = new ArrayDeque<>();
  private List<Runnable> current = new ArrayList<>();
  private long durable;
  private boolean failed;
  private boolean silent;

  /** Queues a push of the step that is running. */
  synchronized void push(Session session, Push push) {
    if (!silent) {
      current.add(() -> session.push(push));
    }
  }

  /**
   * Ends the running step.
   *
   * @param sequence the journal sequence the step must wait for (0: nothing to wait for)
   * @param reply told {@code true} once the step is durable, {@code false} if it never will be
   */
  synchronized void seal(long sequence, Consumer<Boolean> reply) {
    Step step = new Step(sequence, current, reply);
    current = new ArrayList<>();
    if (!waiting.isEmpty() || sequence > durable && !failed) {
      waiting.add(step);
    } else {
      deliver(step, sequence <= durable);
    }
  }

  /** The journal has everything up to {@code sequence} on disk. */
  synchronized void durable(long sequence) {
    durable = Math.max(durable, sequence);
    while (!waiting.isEmpty() && waiting.peek().sequence() <= durable) {
      deliver(waiting.poll(), true);
    }
  }

  /**
   * The journal failed: what waits goes out, and its replies learn it was not saved; so will
   * those of the steps still to come that wrote to it.
   */
  synchronized void failed() {
    while (!waiting.isEmpty()) {
      deliver(waiting.poll(), false);
    }
    failed = true;
  }

  /** While replaying a journal there is nobody to tell: pushes are dropped. */
  synchronized void silence(boolean silent) {
    this.silent = silent;
  }

  private static void deliver(Step step, boolean saved) {
    for (Runnable push : step.pushes()) {
      push.run();
    }
    step.reply().accept(saved);
  }
}

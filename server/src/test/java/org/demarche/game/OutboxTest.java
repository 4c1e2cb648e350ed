package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The outbox lets a step out only once the journal has it, in the order the steps ran, whichever
 * thread says what is durable.
 */
@Timeout(30)
class OutboxTest {
  private final Outbox outbox = new Outbox();
  private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

  private Consumer<Boolean> reply(String name) {
    return saved -> delivered.add(name + (saved ? "" : " (not saved)"));
  }

  @Test
  void aStepThatWaitsForNothingStillGoesOutAfterTheOneBeforeIt() {
    outbox.seal(5, reply("lock-in"));
    outbox.seal(0, reply("lobby"));
    assertEquals(List.of(), delivered, "nothing goes out before sequence 5 is durable");

    outbox.durable(4);
    assertEquals(List.of(), delivered, "4 is not enough");
    outbox.durable(5);
    assertEquals(List.of("lock-in", "lobby"), delivered);
  }

  @Test
  void afterTheJournalFailedAStepThatWroteToItIsNotSaved() {
    outbox.durable(3);
    outbox.seal(4, reply("waiting"));
    outbox.failed();
    outbox.seal(5, reply("written after the failure"));
    outbox.seal(3, reply("durable before it"));

    assertEquals(List.of("waiting (not saved)", "written after the failure (not saved)",
        "durable before it"), delivered);
  }

  @Test
  void stepsGoOutInOrderWhileAnotherThreadMakesThemDurable() throws InterruptedException {
    int steps = 20_000;
    Thread journal = new Thread(() -> {
      for (long sequence = 1; sequence <= steps; sequence++) {
        outbox.durable(sequence);
      }
    });
    journal.start();
    List<String> expected = new ArrayList<>();
    for (int step = 1; step <= steps; step++) {
      // Every third step writes nothing and must still wait for the steps before it.
      long sequence = step % 3 == 0 ? 0 : step;
      outbox.seal(sequence, reply("step " + step));
      expected.add("step " + step);
    }
    journal.join(20_000);
    outbox.durable(steps);

    assertTrue(!journal.isAlive(), "the journal's thread finished");
    assertEquals(expected, delivered);
  }
}
